package dev.careers.history.importhistory;

public enum ImportStatus {

	IN_PROGRESS, COMPLETED, FAILED

}

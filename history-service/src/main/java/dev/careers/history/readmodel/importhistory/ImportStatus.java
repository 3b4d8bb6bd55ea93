package dev.careers.history.readmodel.importhistory;

public enum ImportStatus {

	IN_PROGRESS, COMPLETED, FAILED

}

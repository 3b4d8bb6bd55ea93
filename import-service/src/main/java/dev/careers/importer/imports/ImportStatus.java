package dev.careers.importer.imports;

public enum ImportStatus {

	IN_PROGRESS, COMPLETED, FAILED

}

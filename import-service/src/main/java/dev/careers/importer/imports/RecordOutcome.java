package dev.careers.importer.imports;

/** What one file or URL of an import did. */
public enum RecordOutcome {

	CREATED, UPDATED, SKIPPED, ERROR

}

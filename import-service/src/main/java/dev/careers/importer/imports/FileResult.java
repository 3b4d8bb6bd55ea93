package dev.careers.importer.imports;

import java.util.UUID;

import dev.careers.events.FailureCode;

/** One file's line in the upload response; {@code error} only for ERROR. */
record FileResult(String file, RecordOutcome outcome, UUID recordId, UUID taskId, Error error) {

	static FileResult of(String file, ImportedRecord record) {
		return new FileResult(file, record.outcome(), record.recordId(), record.taskId(), null);
	}

	static FileResult rejected(String file, FailureCode code) {
		return new FileResult(file, RecordOutcome.ERROR, null, null,
				new Error(code, code.message(), code.hint()));
	}

	record Error(FailureCode code, String message, String hint) {
	}

}

package dev.careers.importer.imports;

import java.util.UUID;

import dev.careers.events.FailureCode;

/** One URL's line in the response to a list of posting URLs; {@code error} only for ERROR. */
record UrlResult(String url, RecordOutcome outcome, UUID recordId, UUID taskId, FileResult.Error error) {

	static UrlResult of(String url, ImportedRecord record) {
		return new UrlResult(url, record.outcome(), record.recordId(), record.taskId(), null);
	}

	static UrlResult rejected(String url, FailureCode code) {
		return new UrlResult(url, RecordOutcome.ERROR, null, null,
				new FileResult.Error(code, code.message(), code.hint()));
	}

}

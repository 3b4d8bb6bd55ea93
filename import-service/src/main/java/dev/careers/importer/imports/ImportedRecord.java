package dev.careers.importer.imports;

import java.util.UUID;

/**
 * The record an accepted file created, updated or matched.
 *
 * @param outcome CREATED, UPDATED or SKIPPED
 * @param taskId the fresh extraction task, or null when SKIPPED
 */
public record ImportedRecord(RecordOutcome outcome, UUID recordId, UUID taskId) {

	public static ImportedRecord created(UUID recordId, UUID taskId) {
		return new ImportedRecord(RecordOutcome.CREATED, recordId, taskId);
	}

	public static ImportedRecord updated(UUID recordId, UUID taskId) {
		return new ImportedRecord(RecordOutcome.UPDATED, recordId, taskId);
	}

	public static ImportedRecord skipped(UUID recordId) {
		return new ImportedRecord(RecordOutcome.SKIPPED, recordId, null);
	}

}

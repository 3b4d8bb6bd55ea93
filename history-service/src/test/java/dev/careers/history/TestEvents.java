package dev.careers.history;

import dev.careers.events.ApplicantsMerged;
import dev.careers.events.DuplicateMatch;
import dev.careers.events.PossibleDuplicateFound;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.careers.events.ExtractionCompleted;
import dev.careers.events.ExtractionFailed;
import dev.careers.events.ExtractionProgressed;
import dev.careers.events.ExtractionRequested;
import dev.careers.events.ExtractionResult;
import dev.careers.events.ExtractionStarted;
import dev.careers.events.FailureCode;
import dev.careers.events.ImportCompleted;
import dev.careers.events.ImportFailed;
import dev.careers.events.ImportStarted;
import dev.careers.events.ImportType;
import dev.careers.events.RecordCreated;
import dev.careers.events.RecordKind;
import dev.careers.events.RecordRejected;
import dev.careers.events.RecordSkipped;
import dev.careers.events.RecordUpdated;
import dev.careers.events.TaskKind;

/** Events as import-service and the worker publish them, for one tenant, at chosen times. */
public record TestEvents(String tenantId) {

	public ImportStarted importStarted(UUID importId, ImportType type, String label, Instant at) {
		return new ImportStarted(UUID.randomUUID(), tenantId, at, importId, type, label);
	}

	public RecordCreated recordCreated(UUID importId, UUID recordId, String source, UUID taskId, Instant at) {
		return new RecordCreated(UUID.randomUUID(), tenantId, at, importId, recordId, RecordKind.APPLICANT, source,
				taskId);
	}

	public RecordUpdated recordUpdated(UUID importId, UUID recordId, String source, UUID taskId, Instant at) {
		return new RecordUpdated(UUID.randomUUID(), tenantId, at, importId, recordId, RecordKind.APPLICANT, source,
				taskId);
	}

	public RecordSkipped recordSkipped(UUID importId, UUID recordId, String source, Instant at) {
		return new RecordSkipped(UUID.randomUUID(), tenantId, at, importId, recordId, RecordKind.APPLICANT, source,
				"same content");
	}

	public RecordRejected recordRejected(UUID importId, String source, Instant at) {
		return new RecordRejected(UUID.randomUUID(), tenantId, at, importId, RecordKind.APPLICANT, source,
				FailureCode.NOT_A_PDF, FailureCode.NOT_A_PDF.message());
	}

	public ImportCompleted importCompleted(UUID importId, int created, int updated, int skipped, int errors,
			Instant at) {
		return new ImportCompleted(UUID.randomUUID(), tenantId, at, importId, created, updated, skipped, errors);
	}

	public PossibleDuplicateFound possibleDuplicate(UUID applicantId, UUID duplicateId, UUID importId, Instant at) {
		return new PossibleDuplicateFound(UUID.randomUUID(), tenantId, at, applicantId, duplicateId,
				DuplicateMatch.EMAIL, importId);
	}

	public ApplicantsMerged merged(UUID applicantId, UUID mergedApplicantId, int currentVersion, Instant at) {
		return new ApplicantsMerged(UUID.randomUUID(), tenantId, at, applicantId, mergedApplicantId, currentVersion);
	}

	public ImportFailed importFailed(UUID importId, int errors, Instant at) {
		return new ImportFailed(UUID.randomUUID(), tenantId, at, importId, "every file was rejected", 0, 0, 0,
				errors);
	}

	public ExtractionRequested requested(UUID taskId, long number, UUID recordId, UUID importId, int attempt,
			Instant at) {
		return new ExtractionRequested(UUID.randomUUID(), tenantId, at, taskId, number, recordId, TaskKind.RESUME,
				attempt, importId, "resume-" + number + ".pdf", "http://localhost:8081/internal/documents/x/content",
				"application/pdf", null);
	}

	public ExtractionStarted started(UUID taskId, UUID recordId, Instant at) {
		return new ExtractionStarted(UUID.randomUUID(), tenantId, at, taskId, recordId, TaskKind.RESUME, "worker-1", 1,
				1);
	}

	public ExtractionProgressed progressed(UUID taskId, UUID recordId, int pagesDone, int pagesTotal, Instant at) {
		return new ExtractionProgressed(UUID.randomUUID(), tenantId, at, taskId, recordId, TaskKind.RESUME, 1, 0,
				pagesTotal, pagesDone, (double) pagesDone / pagesTotal);
	}

	public ExtractionCompleted completed(UUID taskId, UUID recordId, Instant at) {
		return new ExtractionCompleted(UUID.randomUUID(), tenantId, at, taskId, recordId, TaskKind.RESUME, 1, 1,
				new ExtractionResult("test", List.of(), null, null, 2, 100, false, null, 10));
	}

	public ExtractionFailed failed(UUID taskId, UUID recordId, FailureCode code, Instant at) {
		return new ExtractionFailed(UUID.randomUUID(), tenantId, at, taskId, recordId, TaskKind.RESUME, code,
				code.message(), code.hint(), 1);
	}

}

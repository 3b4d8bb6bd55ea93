package dev.careers.importer.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import dev.careers.events.FailureCode;
import dev.careers.events.RecordCreated;
import dev.careers.events.RecordRejected;
import dev.careers.events.RecordSkipped;
import dev.careers.events.RecordUpdated;
import dev.careers.importer.tenancy.TenantId;
import dev.careers.importer.uploads.Upload;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * One file of an import in its own transaction: the record, its task, the import's count and the
 * record events commit together, and a failure touches no other file of the batch.
 */
@Component
class FileImport {

	private final Imports imports;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FileImport(Imports imports, ApplicationEventPublisher events, Clock clock) {
		this.imports = imports;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	FileResult importFile(TenantId tenant, UUID importId, RecordFileImporter importer, Upload upload) {
		Instant now = clock.instant();
		if (!upload.accepted()) {
			FailureCode code = upload.rejection().orElseThrow();
			countOnOpenImport(tenant, importId, RecordOutcome.ERROR, now);
			events.publishEvent(new RecordRejected(UUID.randomUUID(), tenant.value(), now, importId,
					importer.recordKind(), upload.fileName(), code, code.message()));
			return FileResult.rejected(upload.fileName(), code);
		}
		ImportedRecord record = importer.importFile(tenant, importId, upload);
		countOnOpenImport(tenant, importId, record.outcome(), now);
		events.publishEvent(switch (record.outcome()) {
			case CREATED -> new RecordCreated(UUID.randomUUID(), tenant.value(), now, importId, record.recordId(),
					importer.recordKind(), upload.fileName(), record.taskId());
			case UPDATED -> new RecordUpdated(UUID.randomUUID(), tenant.value(), now, importId, record.recordId(),
					importer.recordKind(), upload.fileName(), record.taskId());
			case SKIPPED -> new RecordSkipped(UUID.randomUUID(), tenant.value(), now, importId, record.recordId(),
					importer.recordKind(), upload.fileName(), "The same content was imported before.");
			case ERROR -> throw new IllegalStateException("An importer reports errors as rejections");
		});
		return FileResult.of(upload.fileName(), record);
	}

	private void countOnOpenImport(TenantId tenant, UUID importId, RecordOutcome outcome, Instant now) {
		if (!imports.count(tenant, importId, outcome, now)) {
			throw new ImportClosed();
		}
	}

	/** The import was closed while this file arrived: the file is not taken. */
	static final class ImportClosed extends ErrorResponseException {

		ImportClosed() {
			super(HttpStatus.CONFLICT, problem(), null);
		}

		private static ProblemDetail problem() {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					"This import is closed and takes no more files. Start a new import.");
			problem.setTitle("Import closed");
			return problem;
		}

	}

}

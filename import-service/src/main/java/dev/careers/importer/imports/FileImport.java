package dev.careers.importer.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import dev.careers.events.FailureCode;
import dev.careers.events.RecordCreated;
import dev.careers.events.RecordKind;
import dev.careers.events.RecordRejected;
import dev.careers.events.RecordSkipped;
import dev.careers.events.RecordUpdated;
import dev.careers.support.tenancy.TenantId;
import dev.careers.importer.uploads.Upload;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * One file or posting URL of an import: its record, its task and its record event, in the
 * transaction of its group of files ({@link FileGroupImport}, which counts them on the import) or,
 * for a URL, in a transaction of its own with the import's count.
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

	/** In the caller's transaction, which adds the outcome to the import's counts. */
	@Transactional(propagation = Propagation.MANDATORY)
	FileResult importFile(TenantId tenant, UUID importId, RecordFileImporter importer, Upload upload) {
		if (!upload.accepted()) {
			FailureCode code = upload.rejection().orElseThrow();
			reject(tenant, importId, importer.recordKind(), upload.fileName(), code);
			return FileResult.rejected(upload.fileName(), code);
		}
		return FileResult.of(upload.fileName(), importAccepted(tenant, importId, importer.recordKind(),
				upload.fileName(), () -> importer.importFile(tenant, importId, upload)));
	}

	/** One posting URL, exactly as a file: its record, task, count and events in one transaction. */
	@Transactional
	UrlResult importUrl(TenantId tenant, UUID importId, RecordUrlImporter importer, PostingUrls.Checked url) {
		UrlResult result;
		if (url.rejection().isPresent()) {
			FailureCode code = url.rejection().get();
			reject(tenant, importId, importer.recordKind(), url.url(), code);
			result = UrlResult.rejected(url.url(), code);
		}
		else {
			result = UrlResult.of(url.url(), importAccepted(tenant, importId, importer.recordKind(), url.url(),
					() -> importer.importUrl(tenant, importId, url.url())));
		}
		if (!imports.count(tenant, importId, OutcomeCounts.NONE.plus(result.outcome()), clock.instant())) {
			throw new ImportClosed();
		}
		return result;
	}

	private void reject(TenantId tenant, UUID importId, RecordKind kind, String source, FailureCode code) {
		Instant now = clock.instant();
		events.publishEvent(
				new RecordRejected(UUID.randomUUID(), tenant.value(), now, importId, kind, source, code, code.message()));
	}

	/** @param source the file name or posting URL the record events name */
	private ImportedRecord importAccepted(TenantId tenant, UUID importId, RecordKind kind, String source,
			Supplier<ImportedRecord> importer) {
		ImportedRecord record = importer.get();
		Instant now = clock.instant();
		events.publishEvent(switch (record.outcome()) {
			case CREATED -> new RecordCreated(UUID.randomUUID(), tenant.value(), now, importId, record.recordId(), kind,
					source, record.taskId());
			case UPDATED -> new RecordUpdated(UUID.randomUUID(), tenant.value(), now, importId, record.recordId(), kind,
					source, record.taskId());
			case SKIPPED -> new RecordSkipped(UUID.randomUUID(), tenant.value(), now, importId, record.recordId(), kind,
					source, "The same content was imported before.");
			case ERROR -> throw new IllegalStateException("An importer reports errors as rejections");
		});
		return record;
	}

	/** The import was closed while this file arrived: the file is not taken. */
	static final class ImportClosed extends ErrorResponseException {

		ImportClosed() {
			super(HttpStatus.CONFLICT, problem(), null);
		}

		private static ProblemDetail problem() {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					"This import is closed and takes no more files or URLs. Start a new import.");
			problem.setTitle("Import closed");
			return problem;
		}

	}

}

package dev.careers.importer.applicants;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import dev.careers.events.RecordKind;
import dev.careers.events.TaskKind;
import dev.careers.importer.documents.Documents;
import dev.careers.importer.tasks.ExtractionRequest;
import dev.careers.importer.tasks.ExtractionTasks;
import dev.careers.importer.tasks.Task;
import dev.careers.support.tenancy.TenantId;
import dev.careers.importer.uploads.Upload;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applicants and their resume versions. Every version stores its document and starts a fresh
 * extraction task; the applicant points at its current version and task.
 */
@Component
class Resumes {

	private final JdbcClient jdbc;

	private final Documents documents;

	private final ExtractionTasks tasks;

	private final Clock clock;

	Resumes(JdbcClient jdbc, Documents documents, ExtractionTasks tasks, Clock clock) {
		this.jdbc = jdbc;
		this.documents = documents;
		this.tasks = tasks;
		this.clock = clock;
	}

	/** A new applicant from a resume; until extraction reads the resume, its name is the file's. */
	@Transactional(propagation = Propagation.MANDATORY)
	NewVersion createApplicant(TenantId tenant, Upload upload, UUID importId) {
		UUID applicantId = UUID.randomUUID();
		Instant now = clock.instant();
		Documents.StoredDocument document = store(tenant, upload);
		Task task = requestExtraction(tenant, applicantId, document, upload, importId);
		jdbc.sql("""
				INSERT INTO applicants (id, tenant_id, source_file_name, name, current_version, current_task_id,
				    created_at, updated_at)
				VALUES (?, ?, ?, ?, 1, ?, ?, ?)""")
			.params(applicantId, tenant.value(), upload.fileName(), placeholderName(upload.fileName()), task.id(),
					Timestamp.from(now), Timestamp.from(now))
			.update();
		insertVersion(tenant, applicantId, 1, document.id(), upload, importId, task, now);
		return new NewVersion(applicantId, 1, task);
	}

	/** A further resume version on an applicant the caller has locked; the earlier ones keep their skills. */
	@Transactional(propagation = Propagation.MANDATORY)
	NewVersion addVersion(TenantId tenant, UUID applicantId, int currentVersion, Upload upload, UUID importId) {
		Instant now = clock.instant();
		int version = currentVersion + 1;
		Documents.StoredDocument document = store(tenant, upload);
		Task task = requestExtraction(tenant, applicantId, document, upload, importId);
		insertVersion(tenant, applicantId, version, document.id(), upload, importId, task, now);
		jdbc.sql("""
				UPDATE applicants SET current_version = ?, current_task_id = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(version, task.id(), Timestamp.from(now), tenant.value(), applicantId)
			.update();
		return new NewVersion(applicantId, version, task);
	}

	private Documents.StoredDocument store(TenantId tenant, Upload upload) {
		try (InputStream content = upload.openContent()) {
			return documents.store(tenant, upload.mediaType(), upload.sizeBytes(), upload.sha256(), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Spooled upload could not be read", ex);
		}
	}

	private Task requestExtraction(TenantId tenant, UUID applicantId, Documents.StoredDocument document, Upload upload,
			UUID importId) {
		return tasks.request(tenant, new ExtractionRequest(RecordKind.APPLICANT, applicantId, TaskKind.RESUME,
				importId, upload.fileName(), document.key().value(), upload.mediaType(), null));
	}

	private void insertVersion(TenantId tenant, UUID applicantId, int version, UUID documentId, Upload upload,
			UUID importId, Task task, Instant now) {
		jdbc.sql("""
				INSERT INTO resume_versions (tenant_id, applicant_id, version, document_id, file_name, size_bytes,
				    sha256, uploaded_at, import_id, task_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), applicantId, version, documentId, upload.fileName(), upload.sizeBytes(),
					upload.sha256(), Timestamp.from(now), importId, task.id())
			.update();
	}

	static String placeholderName(String fileName) {
		String withoutExtension = fileName.replaceFirst("(?i)\\.(pdf|docx|txt)$", "");
		return withoutExtension.isBlank() ? fileName : withoutExtension;
	}

	record NewVersion(UUID applicantId, int version, Task task) {
	}

}

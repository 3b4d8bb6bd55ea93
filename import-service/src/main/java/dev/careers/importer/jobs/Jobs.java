package dev.careers.importer.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.careers.events.RecordKind;
import dev.careers.events.TaskKind;
import dev.careers.importer.documents.Documents;
import dev.careers.importer.tasks.ExtractionRequest;
import dev.careers.importer.tasks.ExtractionTasks;
import dev.careers.importer.tasks.Task;
import dev.careers.support.tenancy.TenantId;
import dev.careers.importer.uploads.Upload;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Jobs and the tasks that read them. A job comes from a posting URL or a JD PDF; every import of
 * it, and every Extract Skills, starts a fresh task that becomes the job's current one.
 */
@Component
class Jobs {

	private final JdbcClient jdbc;

	private final Documents documents;

	private final ExtractionTasks tasks;

	private final Clock clock;

	Jobs(JdbcClient jdbc, Documents documents, ExtractionTasks tasks, Clock clock) {
		this.jdbc = jdbc;
		this.documents = documents;
		this.tasks = tasks;
		this.clock = clock;
	}

	/** A new job for a posting URL: nothing is known of it until the worker fetched the page. */
	@Transactional(propagation = Propagation.MANDATORY)
	Task createFromUrl(TenantId tenant, UUID jobId, String url, UUID importId) {
		Task task = tasks.request(tenant, postingRequest(jobId, url, importId));
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO jobs (id, tenant_id, source_url, import_id, current_task_id, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(jobId, tenant.value(), url, importId, task.id(), Timestamp.from(now), Timestamp.from(now))
			.update();
		return task;
	}

	/** A new job for a JD PDF; the document is stored and the task reads it from there. */
	@Transactional(propagation = Propagation.MANDATORY)
	Task createFromPdf(TenantId tenant, UUID jobId, Upload upload, UUID importId) {
		Documents.StoredDocument document = store(tenant, upload);
		Task task = tasks.request(tenant, documentRequest(jobId, upload.fileName(), document, importId));
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO jobs (id, tenant_id, source_file_name, document_id, document_sha256, import_id,
				    current_task_id, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(jobId, tenant.value(), upload.fileName(), document.id(), upload.sha256(), importId, task.id(),
					Timestamp.from(now), Timestamp.from(now))
			.update();
		return task;
	}

	/** The job's posting URL imported again: the page is fetched again, edits stay. */
	@Transactional(propagation = Propagation.MANDATORY)
	Task refetch(TenantId tenant, UUID jobId, String url, UUID importId) {
		return makeCurrent(tenant, jobId, tasks.request(tenant, postingRequest(jobId, url, importId)));
	}

	/** New content under the job's file name: it becomes the job's document and is read again. */
	@Transactional(propagation = Propagation.MANDATORY)
	Task replacePdf(TenantId tenant, UUID jobId, Upload upload, UUID importId) {
		Documents.StoredDocument document = store(tenant, upload);
		Task task = tasks.request(tenant, documentRequest(jobId, upload.fileName(), document, importId));
		jdbc.sql("UPDATE jobs SET document_id = ?, document_sha256 = ? WHERE tenant_id = ? AND id = ?")
			.params(document.id(), upload.sha256(), tenant.value(), jobId)
			.update();
		return makeCurrent(tenant, jobId, task);
	}

	/**
	 * Extract Skills: a fresh task on what the job says now. Its current description when it has
	 * one (edits included), stored as a text object for the worker; else its posting page fetched
	 * again, or its document read again.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Task extractAgain(TenantId tenant, Source job) {
		ExtractionRequest request;
		if (job.description() != null) {
			request = new ExtractionRequest(RecordKind.JOB, job.id(), TaskKind.JOB_DESCRIPTION, null, job.name(),
					documents.storeText(tenant, job.description()).value(), MediaType.TEXT_PLAIN_VALUE, null);
		}
		else if (job.sourceUrl() != null) {
			request = postingRequest(job.id(), job.sourceUrl(), null);
		}
		else {
			request = documentRequest(job.id(), job.sourceFileName(),
					documents.find(tenant, job.documentId()).orElseThrow(), null);
		}
		return makeCurrent(tenant, job.id(), tasks.request(tenant, request));
	}

	/** Locks the job for a change of its current task. */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<Source> lock(TenantId tenant, UUID jobId) {
		return jdbc.sql("""
				SELECT id, source_url, source_file_name, document_id, title,
				       CASE WHEN coalesce(btrim(description), '') <> '' THEN description END AS description
				FROM jobs WHERE tenant_id = ? AND id = ? FOR UPDATE""")
			.params(tenant.value(), jobId)
			.query((row, number) -> new Source(row.getObject("id", UUID.class), row.getString("source_url"),
					row.getString("source_file_name"), row.getObject("document_id", UUID.class),
					row.getString("title"), row.getString("description")))
			.optional();
	}

	private Task makeCurrent(TenantId tenant, UUID jobId, Task task) {
		jdbc.sql("UPDATE jobs SET current_task_id = ?, updated_at = ? WHERE tenant_id = ? AND id = ?")
			.params(task.id(), Timestamp.from(clock.instant()), tenant.value(), jobId)
			.update();
		return task;
	}

	private static ExtractionRequest postingRequest(UUID jobId, String url, UUID importId) {
		return new ExtractionRequest(RecordKind.JOB, jobId, TaskKind.JOB_DESCRIPTION, importId, url, null, null, url);
	}

	private static ExtractionRequest documentRequest(UUID jobId, String fileName, Documents.StoredDocument document,
			UUID importId) {
		return new ExtractionRequest(RecordKind.JOB, jobId, TaskKind.JOB_DESCRIPTION, importId, fileName,
				document.key().value(), document.contentType(), null);
	}

	private Documents.StoredDocument store(TenantId tenant, Upload upload) {
		try (InputStream content = upload.openContent()) {
			return documents.store(tenant, upload.mediaType(), upload.sizeBytes(), upload.sha256(), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Spooled upload could not be read", ex);
		}
	}

	/** Where a job came from, and its description to read, or null when it has none yet. */
	record Source(UUID id, String sourceUrl, String sourceFileName, UUID documentId, String title,
			String description) {

		/** What task lists show for the job's task. */
		String name() {
			if (title != null && !title.isBlank()) {
				return title;
			}
			return sourceUrl != null ? sourceUrl : sourceFileName;
		}

	}

}

package dev.careers.importer.jobs;

import java.util.Optional;
import java.util.UUID;

import dev.careers.events.ImportType;
import dev.careers.events.RecordKind;
import dev.careers.importer.imports.AdvisoryLocks;
import dev.careers.importer.imports.ImportedRecord;
import dev.careers.importer.imports.RecordFileImporter;
import dev.careers.importer.tasks.Task;
import dev.careers.support.tenancy.TenantId;
import dev.careers.importer.uploads.Upload;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One JD PDF of a JOBS import, with the outcomes of resumes: SKIPPED when a job of the tenant holds
 * exactly this content, UPDATED (new document, fresh task) when a job came from a file of this name,
 * else CREATED.
 */
@Component
class JobFileImporter implements RecordFileImporter {

	private final JdbcClient jdbc;

	private final AdvisoryLocks locks;

	private final Jobs jobs;

	JobFileImporter(JdbcClient jdbc, AdvisoryLocks locks, Jobs jobs) {
		this.jdbc = jdbc;
		this.locks = locks;
		this.jobs = jobs;
	}

	@Override
	public ImportType importType() {
		return ImportType.JOBS;
	}

	@Override
	public RecordKind recordKind() {
		return RecordKind.JOB;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public ImportedRecord importFile(TenantId tenant, UUID importId, Upload upload) {
		locks.lock(tenant, new AdvisoryLocks.Lock("job-file", upload.fileName()),
				new AdvisoryLocks.Lock("job-content", upload.sha256()));
		Optional<UUID> holder = jdbc.sql("SELECT id FROM jobs WHERE tenant_id = ? AND document_sha256 = ? LIMIT 1")
			.params(tenant.value(), upload.sha256())
			.query(UUID.class)
			.optional();
		if (holder.isPresent()) {
			return ImportedRecord.skipped(holder.get());
		}
		Optional<UUID> sameName = jdbc.sql("SELECT id FROM jobs WHERE tenant_id = ? AND source_file_name = ? FOR UPDATE")
			.params(tenant.value(), upload.fileName())
			.query(UUID.class)
			.optional();
		if (sameName.isPresent()) {
			Task task = jobs.replacePdf(tenant, sameName.get(), upload, importId);
			return ImportedRecord.updated(sameName.get(), task.id());
		}
		UUID jobId = UUID.randomUUID();
		Task task = jobs.createFromPdf(tenant, jobId, upload, importId);
		return ImportedRecord.created(jobId, task.id());
	}

}

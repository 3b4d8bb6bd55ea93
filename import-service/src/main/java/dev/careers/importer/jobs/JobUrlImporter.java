package dev.careers.importer.jobs;

import java.util.Optional;
import java.util.UUID;

import dev.careers.events.ImportType;
import dev.careers.events.RecordKind;
import dev.careers.importer.imports.AdvisoryLocks;
import dev.careers.importer.imports.ImportedRecord;
import dev.careers.importer.imports.RecordUrlImporter;
import dev.careers.importer.tasks.Task;
import dev.careers.support.tenancy.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One posting URL of a JOBS import: UPDATED (fetched again, fresh task) when the tenant already has
 * a job from this URL, else CREATED. A URL is never SKIPPED: the page may have changed.
 */
@Component
class JobUrlImporter implements RecordUrlImporter {

	private final JdbcClient jdbc;

	private final AdvisoryLocks locks;

	private final Jobs jobs;

	JobUrlImporter(JdbcClient jdbc, AdvisoryLocks locks, Jobs jobs) {
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
	public ImportedRecord importUrl(TenantId tenant, UUID importId, String url) {
		locks.lock(tenant, "job-url", url);
		Optional<UUID> existing = jdbc.sql("SELECT id FROM jobs WHERE tenant_id = ? AND source_url = ? FOR UPDATE")
			.params(tenant.value(), url)
			.query(UUID.class)
			.optional();
		if (existing.isPresent()) {
			Task task = jobs.refetch(tenant, existing.get(), url, importId);
			return ImportedRecord.updated(existing.get(), task.id());
		}
		UUID jobId = UUID.randomUUID();
		Task task = jobs.createFromUrl(tenant, jobId, url, importId);
		return ImportedRecord.created(jobId, task.id());
	}

}

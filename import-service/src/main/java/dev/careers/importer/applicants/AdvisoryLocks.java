package dev.careers.importer.applicants;

import dev.careers.importer.tenancy.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Transaction-scoped PostgreSQL advisory locks, so two uploads of the same file racing each other
 * (in one instance or several) run one after the other and the second sees what the first made.
 * Callers take the file-name lock before the content lock, always, so two never wait on each other.
 */
@Component
class AdvisoryLocks {

	private final JdbcClient jdbc;

	AdvisoryLocks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void lockFileName(TenantId tenant, String fileName) {
		lock("applicant-file|" + tenant.value() + "|" + fileName);
	}

	void lockContent(TenantId tenant, String sha256) {
		lock("applicant-content|" + tenant.value() + "|" + sha256);
	}

	private void lock(String key) {
		jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?, 0))) AS locked")
			.param(key)
			.query(Integer.class)
			.single();
	}

}

package dev.careers.importer.imports;

import dev.careers.support.tenancy.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Transaction-scoped PostgreSQL advisory locks, so two uploads of the same file or URL racing each
 * other (in one instance or several) run one after the other and the second sees what the first
 * made. An importer that takes several locks takes them in one fixed order, always, so two never
 * wait on each other.
 */
@Component
public class AdvisoryLocks {

	private final JdbcClient jdbc;

	AdvisoryLocks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Waits for and holds, until the transaction ends, the lock on {@code key} within {@code scope}
	 * (for example {@code applicant-file} and a file name) of one tenant.
	 */
	public void lock(TenantId tenant, String scope, String key) {
		jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?, 0))) AS locked")
			.param(scope + "|" + tenant.value() + "|" + key)
			.query(Integer.class)
			.single();
	}

}

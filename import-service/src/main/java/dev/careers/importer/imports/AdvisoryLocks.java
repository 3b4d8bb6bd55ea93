package dev.careers.importer.imports;

import java.util.Collections;

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
		lock(tenant, new Lock(scope, key));
	}

	/**
	 * As {@link #lock(TenantId, String, String)} for each of {@code locks}, in their order, with one
	 * statement: PostgreSQL evaluates a select list from left to right.
	 */
	public void lock(TenantId tenant, Lock... locks) {
		String calls = String.join(", ",
				Collections.nCopies(locks.length, "pg_advisory_xact_lock(hashtextextended(?, 0))"));
		Object[] keys = new Object[locks.length];
		for (int index = 0; index < locks.length; index++) {
			keys[index] = locks[index].scope() + "|" + tenant.value() + "|" + locks[index].key();
		}
		jdbc.sql("SELECT 1 FROM (SELECT " + calls + ") AS locked").params(keys).query(Integer.class).single();
	}

	/** The lock on {@code key} within {@code scope}, for example {@code applicant-file} and a file name. */
	public record Lock(String scope, String key) {
	}

}

package dev.careers.importer.tasks;

import dev.careers.support.tenancy.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A tenant's task display numbers ({@code Task 1042}), from its row in {@code task_counters}. A task
 * on its own takes the next number with one upsert. A transaction that starts many tasks (a group of
 * uploaded files, ADR 0021) holds the numbers instead: it locks the row once, hands the numbers out
 * from memory and writes the last one just before it commits, so the tenant's hot row is written
 * once per group, not once per task. A rolled-back group leaves no gap, as its write never happens.
 */
@Component
public class TaskNumbers {

	private final JdbcClient jdbc;

	TaskNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the tenant's counter until the current transaction ends and serves its numbers from
	 * memory meanwhile. Take it before any other lock of the transaction: two groups of one tenant
	 * then run one after the other and never wait on each other's locks.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void holdForTransaction(TenantId tenant) {
		Key key = new Key(this, tenant);
		if (TransactionSynchronizationManager.hasResource(key)) {
			return;
		}
		Held held = new Held(jdbc.sql("""
				INSERT INTO task_counters (tenant_id, last_number) VALUES (?, 0)
				ON CONFLICT (tenant_id) DO UPDATE SET last_number = task_counters.last_number
				RETURNING last_number""")
			.param(tenant.value())
			.query(Long.class)
			.single());
		TransactionSynchronizationManager.bindResource(key, held);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void beforeCommit(boolean readOnly) {
				if (held.taken > 0) {
					jdbc.sql("UPDATE task_counters SET last_number = ? WHERE tenant_id = ?")
						.params(held.last, tenant.value())
						.update();
				}
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResource(key);
			}

		});
	}

	long next(TenantId tenant) {
		Held held = (Held) TransactionSynchronizationManager.getResource(new Key(this, tenant));
		if (held != null) {
			held.taken++;
			return ++held.last;
		}
		return jdbc.sql("""
				INSERT INTO task_counters (tenant_id, last_number) VALUES (?, 1)
				ON CONFLICT (tenant_id) DO UPDATE SET last_number = task_counters.last_number + 1
				RETURNING last_number""")
			.param(tenant.value())
			.query(Long.class)
			.single();
	}

	private record Key(TaskNumbers owner, TenantId tenant) {
	}

	/** The numbers a transaction holds: the last one handed out, and how many it handed out. */
	private static final class Held {

		private long last;

		private int taken;

		Held(long last) {
			this.last = last;
		}

	}

}

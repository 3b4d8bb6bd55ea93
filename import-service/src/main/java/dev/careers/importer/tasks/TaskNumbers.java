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
 * uploaded files, ADR 0021) uses a block of numbers reserved beforehand with one statement of its
 * own, so the tenant's hot row is written once per group and its lock is held for that statement
 * only: groups of one tenant run side by side. Numbers a group reserved and did not use (a skipped
 * or rejected file, a group rolled back) are left out of the tenant's numbering.
 */
@Component
public class TaskNumbers {

	private final JdbcClient jdbc;

	TaskNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Reserves {@code count} numbers, committed at once (outside any transaction of the caller's). */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Block reserve(TenantId tenant, int count) {
		if (count == 0) {
			return new Block(tenant, 0, 0);
		}
		long last = jdbc.sql("""
				INSERT INTO task_counters (tenant_id, last_number) VALUES (?, ?)
				ON CONFLICT (tenant_id) DO UPDATE SET last_number = task_counters.last_number + EXCLUDED.last_number
				RETURNING last_number""")
			.params(tenant.value(), count)
			.query(Long.class)
			.single();
		return new Block(tenant, last - count, last);
	}

	/** Serves the current transaction's tasks of the block's tenant from {@code block} until it ends. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void useForTransaction(Block block) {
		Key key = new Key(this, block.tenant);
		TransactionSynchronizationManager.bindResource(key, block);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResource(key);
			}

		});
	}

	long next(TenantId tenant) {
		Block block = (Block) TransactionSynchronizationManager.getResource(new Key(this, tenant));
		if (block != null && block.taken < block.last) {
			return ++block.taken;
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

	/** Numbers after {@code taken} up to {@code last}, reserved for one tenant. */
	public static final class Block {

		private final TenantId tenant;

		private long taken;

		private final long last;

		Block(TenantId tenant, long taken, long last) {
			this.tenant = tenant;
			this.taken = taken;
			this.last = last;
		}

	}

}

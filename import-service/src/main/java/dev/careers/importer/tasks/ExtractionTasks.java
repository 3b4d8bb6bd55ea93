package dev.careers.importer.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import dev.careers.events.ExtractionRequested;
import dev.careers.events.TaskKind;
import dev.careers.support.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts extraction tasks: a task row with the tenant's next display number and the record's next
 * attempt, and its {@link ExtractionRequested} in the same transaction (the outbox sends it after
 * the commit), on the interactive lane while the tenant has fewer open tasks than its share, else on
 * the bulk lane ({@link BulkExtractionRequested}, ADR 22).
 */
@Component
public class ExtractionTasks {

	private static final Logger log = LoggerFactory.getLogger(ExtractionTasks.class);

	private final JdbcClient jdbc;

	private final TaskNumbers numbers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final LaneProperties lanes;

	ExtractionTasks(JdbcClient jdbc, TaskNumbers numbers, ApplicationEventPublisher events, Clock clock,
			LaneProperties lanes) {
		this.jdbc = jdbc;
		this.numbers = numbers;
		this.events = events;
		this.clock = clock;
		this.lanes = lanes;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Task request(TenantId tenant, ExtractionRequest request) {
		// the database keeps microseconds: the event says the time the stuck-task sweep will read back
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		long number = numbers.next(tenant);
		// one statement for both: the record's attempts, and the tenant's open tasks counted only up to its share
		// (the partial index extraction_tasks_tenant_open_idx), so a burst of thousands costs no more than twenty
		Counts counts = jdbc.sql("""
				SELECT (SELECT count(*) FROM extraction_tasks WHERE tenant_id = ? AND record_id = ?) AS attempts,
				       (SELECT count(*) FROM (SELECT 1 FROM extraction_tasks
				                              WHERE tenant_id = ? AND status IN ('QUEUED', 'RUNNING') LIMIT ?) open)
				           AS open""")
			.params(tenant.value(), request.recordId(), tenant.value(), lanes.interactiveShare())
			.query((row, rowNumber) -> new Counts(row.getInt("attempts"), row.getInt("open")))
			.single();
		int attempt = counts.attempts() + 1;
		UUID taskId = UUID.randomUUID();
		ExtractionRequested requested = new ExtractionRequested(UUID.randomUUID(), tenant.value(), now, taskId,
				number, request.recordId(), request.kind(), attempt, request.importId(), request.sourceName(),
				null, request.contentType(), request.postingUrl(), request.contentKey());
		// the row holds all the request says, so that a stuck task can be re-queued with exactly what was sent
		jdbc.sql("""
				INSERT INTO extraction_tasks (id, tenant_id, task_number, kind, record_kind, record_id, attempt,
				    import_id, status, created_at, source_name, content_key, content_type, posting_url)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(taskId, tenant.value(), number, request.kind().name(), request.recordKind().name(),
					request.recordId(), attempt, request.importId(), TaskStatus.QUEUED.name(), Timestamp.from(now),
					request.sourceName(), request.contentKey(), request.contentType(), request.postingUrl())
			.update();
		boolean bulk = counts.open() >= lanes.interactiveShare();
		events.publishEvent(bulk ? new BulkExtractionRequested(requested) : requested);
		log.info("Extraction requested: tenant={} task={} number={} record={} attempt={} lane={}", tenant, taskId,
				number, request.recordId(), attempt, bulk ? "bulk" : "interactive");
		return new Task(taskId, number, request.kind(), request.recordId(), attempt, TaskStatus.QUEUED, now, null,
				null, null, null, null);
	}

	public Optional<Task> find(TenantId tenant, UUID taskId) {
		return jdbc.sql("SELECT * FROM extraction_tasks WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), taskId)
			.query(ExtractionTasks::task)
			.optional();
	}

	private record Counts(int attempts, int open) {
	}

	private static Task task(ResultSet row, int number) throws SQLException {
		return new Task(row.getObject("id", UUID.class), row.getLong("task_number"),
				TaskKind.valueOf(row.getString("kind")), row.getObject("record_id", UUID.class), row.getInt("attempt"),
				TaskStatus.valueOf(row.getString("status")), instant(row, "created_at"), instant(row, "started_at"),
				instant(row, "finished_at"), row.getString("error_code"), row.getString("error_message"),
				row.getString("error_hint"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp timestamp = row.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}

package dev.careers.importer.stucktasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.careers.events.ExtractionFailed;
import dev.careers.events.ExtractionRequested;
import dev.careers.events.FailureCode;
import dev.careers.events.TaskKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends tasks no worker is answering for, through the outbox. The deadline counts from pick-up: only
 * running tasks (a worker sent {@code ExtractionStarted}) are looked at, so a queued burst waiting
 * its turn is never re-queued behind itself (ADR 22); a queued task waits for a worker, as the
 * consumer lag shows. Each batch claims its rows with
 * {@code FOR UPDATE SKIP LOCKED} and changes them so that they no longer match, in the transaction
 * that writes the event: two instances sweeping at once never act on the same task twice, and a
 * worker event arriving meanwhile waits for the row and is then applied to what the sweep left.
 */
@Component
class StuckTasks {

	private static final Logger log = LoggerFactory.getLogger(StuckTasks.class);

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StuckTasks(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sends the request of each silent running task again, once, on the interactive lane (it has
	 * waited its turn once): the same request (same task, number, attempt and time) under a fresh
	 * event id. A worker that already finished the task drops it; the
	 * projections find nothing new in it.
	 * @return how many tasks were re-queued
	 */
	@Transactional
	int requeueSilentFor(Duration silence, int batch) {
		List<ExtractionRequested> silent = jdbc.sql("""
				SELECT id, tenant_id, created_at, task_number, record_id, kind, attempt, import_id, source_name,
				       content_key, content_type, posting_url
				FROM extraction_tasks
				WHERE status = 'RUNNING' AND requeued_at IS NULL AND source_name IS NOT NULL
				  AND last_event_at < now() - make_interval(secs => ?)
				ORDER BY last_event_at LIMIT ? FOR UPDATE SKIP LOCKED""")
			.params(seconds(silence), batch)
			.query(StuckTasks::requestAgain)
			.list();
		for (ExtractionRequested request : silent) {
			jdbc.sql("UPDATE extraction_tasks SET requeued_at = now(), last_event_at = now() WHERE id = ?")
				.param(request.taskId())
				.update();
			events.publishEvent(request);
			log.warn("Task silent for {}, re-queued: tenant={} task={}", silence, request.tenantId(), request.taskId());
		}
		return silent.size();
	}

	/**
	 * Fails as TIMEOUT each task still silent after its re-queue (or that cannot be re-queued),
	 * and publishes the failure on {@code extraction.events} for everyone who shows the task.
	 * @return how many tasks were failed
	 */
	@Transactional
	int failSilentFor(Duration silence, int batch) {
		List<Timeout> silent = jdbc.sql("""
				SELECT tenant_id, id, record_id, kind, task_number, attempt FROM extraction_tasks
				WHERE status = 'RUNNING' AND (requeued_at IS NOT NULL OR source_name IS NULL)
				  AND last_event_at < now() - make_interval(secs => ?)
				ORDER BY last_event_at LIMIT ? FOR UPDATE SKIP LOCKED""")
			.params(seconds(silence), batch)
			.query((row, number) -> new Timeout(row.getString("tenant_id"), row.getObject("id", UUID.class),
					row.getObject("record_id", UUID.class), TaskKind.valueOf(row.getString("kind")),
					row.getLong("task_number"), row.getInt("attempt")))
			.list();
		Instant now = clock.instant();
		for (Timeout task : silent) {
			ExtractionFailed failed = new ExtractionFailed(UUID.randomUUID(), task.tenant(), now, task.id(),
					task.recordId(), task.kind(), FailureCode.TIMEOUT, FailureCode.TIMEOUT.message(),
					FailureCode.TIMEOUT.hint(task.attempt(), task.number()), task.attempt());
			jdbc.sql("""
					UPDATE extraction_tasks
					SET status = 'FAILED', finished_at = ?, error_code = ?, error_message = ?, error_hint = ?,
					    timeout_event_id = ?
					WHERE id = ?""")
				.params(Timestamp.from(now), failed.code().name(), failed.message(), failed.hint(), failed.eventId(),
						task.id())
				.update();
			events.publishEvent(failed);
			log.warn("Task silent for {} after its re-queue, failed as TIMEOUT: tenant={} task={}", silence,
					task.tenant(), task.id());
		}
		return silent.size();
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

	/** The task's request as first sent (its time included), under a fresh event id. */
	private static ExtractionRequested requestAgain(ResultSet row, int number) throws SQLException {
		return new ExtractionRequested(UUID.randomUUID(), row.getString("tenant_id"),
				row.getTimestamp("created_at").toInstant(), row.getObject("id", UUID.class), row.getLong("task_number"),
				row.getObject("record_id", UUID.class), TaskKind.valueOf(row.getString("kind")), row.getInt("attempt"),
				row.getObject("import_id", UUID.class), row.getString("source_name"), null,
				row.getString("content_type"), row.getString("posting_url"), row.getString("content_key"));
	}

	private record Timeout(String tenant, UUID id, UUID recordId, TaskKind kind, long number, int attempt) {
	}

}

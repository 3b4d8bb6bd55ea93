package dev.careers.importer.tasks;

import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.careers.events.ExtractionCompleted;
import dev.careers.events.ExtractionEvent;
import dev.careers.events.ExtractionFailed;
import dev.careers.events.ExtractionProgressed;
import dev.careers.events.ExtractionStarted;
import dev.careers.events.TaskKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies what the workers report on {@code extraction.events} (consumed in batches by
 * {@code messaging}: one transaction for a poll's events). Idempotent: the event ids are recorded,
 * in one statement per batch, in the same transaction as the effect, and a second delivery changes
 * nothing. Order-tolerant: a task only moves forward (QUEUED, RUNNING, then COMPLETED or FAILED
 * once), so a late Started or Progressed never reopens a finished task, and only the first terminal
 * event stores a result. The one
 * exception is a TIMEOUT the stuck-task sweep decided without a worker (ADR 0011): a worker's own
 * late answer, result or failure, replaces it once. Every event for an open task records when the
 * task last heard from a worker, which is what the sweep measures.
 */
@Component
public class ExtractionEvents {

	private static final Logger log = LoggerFactory.getLogger(ExtractionEvents.class);

	private final JdbcClient jdbc;

	private final Map<TaskKind, ExtractionResultHandler> resultHandlers;

	ExtractionEvents(JdbcClient jdbc, List<ExtractionResultHandler> resultHandlers) {
		this.jdbc = jdbc;
		this.resultHandlers = resultHandlers.stream()
			.collect(Collectors.toUnmodifiableMap(ExtractionResultHandler::kind, Function.identity()));
	}

	/**
	 * Applies, in one transaction, those of these events not applied before; an event the batch
	 * holds twice applies once.
	 */
	@Transactional
	public void apply(List<ExtractionEvent> events) {
		Set<UUID> firstDeliveries = claim(events);
		for (ExtractionEvent event : events) {
			if (firstDeliveries.remove(event.eventId())) {
				event.accept(new ExtractionEvent.Visitor<Void>() {

					@Override
					public Void on(ExtractionStarted started) {
						markRunning(started);
						return null;
					}

					@Override
					public Void on(ExtractionProgressed progressed) {
						markRunning(progressed);
						return null;
					}

					@Override
					public Void on(ExtractionCompleted completed) {
						complete(completed);
						return null;
					}

					@Override
					public Void on(ExtractionFailed failed) {
						fail(failed);
						return null;
					}

				});
			}
		}
	}

	/** Records the events as processed and answers the ids of those that were not before. */
	private Set<UUID> claim(List<ExtractionEvent> events) {
		return new HashSet<>(jdbc.sql("""
				INSERT INTO processed_events (event_id, tenant_id, processed_at)
				SELECT event_id, tenant_id, now() FROM unnest(:eventIds, :tenants) AS claimed (event_id, tenant_id)
				ON CONFLICT (event_id) DO NOTHING
				RETURNING event_id""")
			.param("eventIds", new SqlArrayValue("uuid", events.stream().map(ExtractionEvent::eventId).toArray()))
			.param("tenants", new SqlArrayValue("text", events.stream().map(ExtractionEvent::tenantId).toArray()))
			.query(UUID.class)
			.list());
	}

	private void markRunning(ExtractionEvent event) {
		jdbc.sql("""
				UPDATE extraction_tasks
				SET status = 'RUNNING', started_at = coalesce(started_at, ?), last_event_at = now()
				WHERE tenant_id = ? AND id = ? AND status IN ('QUEUED', 'RUNNING')""")
			.params(Timestamp.from(event.occurredAt()), event.tenantId(), event.taskId())
			.update();
	}

	private void complete(ExtractionCompleted event) {
		if (finish(event, "COMPLETED", null, null, null)) {
			ExtractionResultHandler handler = resultHandlers.get(event.kind());
			if (handler == null) {
				log.warn("No result handler for {} tasks: tenant={} task={}", event.kind(), event.tenantId(),
						event.taskId());
				return;
			}
			handler.completed(event);
			log.info("Extraction completed: tenant={} task={} record={}", event.tenantId(), event.taskId(),
					event.recordId());
		}
	}

	private void fail(ExtractionFailed event) {
		if (finish(event, "FAILED", event.code() == null ? null : event.code().name(), event.message(),
				event.hint())) {
			log.info("Extraction failed: tenant={} task={} record={} code={}", event.tenantId(), event.taskId(),
					event.recordId(), event.code());
		}
	}

	/**
	 * Moves a task to its terminal status; false when it was already finished (other than by the
	 * sweep's own TIMEOUT, which this very event may be) or is not this tenant's.
	 */
	private boolean finish(ExtractionEvent event, String status, String code, String message, String hint) {
		return jdbc.sql("""
				UPDATE extraction_tasks
				SET status = ?, finished_at = ?, started_at = coalesce(started_at, ?),
				    error_code = ?, error_message = ?, error_hint = ?, last_event_at = now(), timeout_event_id = NULL
				WHERE tenant_id = ? AND id = ?
				  AND (status IN ('QUEUED', 'RUNNING') OR timeout_event_id <> ?)""")
			.params(status, Timestamp.from(event.occurredAt()), Timestamp.from(event.occurredAt()), code, message,
					hint, event.tenantId(), event.taskId(), event.eventId())
			.update() == 1;
	}

}

package dev.careers.history.readmodel.tasks;

import dev.careers.events.ExtractionCompleted;
import dev.careers.events.ExtractionEvent;
import dev.careers.events.ExtractionFailed;
import dev.careers.events.ExtractionProgressed;
import dev.careers.events.ExtractionRequested;
import dev.careers.events.ExtractionStarted;
import dev.careers.events.FailureCode;
import dev.careers.history.readmodel.ProjectionBatch;
import dev.careers.history.readmodel.ProjectionBatch.RowKey;
import dev.careers.history.readmodel.SqlValues;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Background Tasks: one method per event type of {@code extraction.requests} and
 * {@code extraction.events}. Each is an upsert that fills what its event knows, so any event may
 * arrive first. A status only moves up (see {@code task_status_rank}), so a late Started or
 * Progressed never moves a finished task back; counts and progress only grow. Duplicates never
 * reach these methods: the caller applies each event id once.
 */
@Component
public class TaskProjection {

	/** Until ExtractionRequested arrives, a task's time is that of its earliest event. */
	private static final String CREATED_AT_UNTIL_REQUESTED = """
			created_at = case when tasks.requested then tasks.created_at
			                  else least(tasks.created_at, excluded.created_at) end""";

	/** The request knows the attempt number; a worker's events only fill it in until then. */
	private static final String ATTEMPT_UNTIL_REQUESTED = """
			attempt = case when tasks.requested then tasks.attempt
			               else greatest(tasks.attempt, excluded.attempt) end""";

	private static final String LAST_EVENT = """
			last_event_at = greatest(tasks.last_event_at, excluded.last_event_at), updated_at = now()""";

	private static final String AT_LEAST_RUNNING = """
			status = case when task_status_rank(tasks.status) < task_status_rank('RUNNING') then 'RUNNING'
			              else tasks.status end""";

	private static final String REQUESTED = """
			insert into tasks (tenant_id, id, number, kind, status, record_id, import_id, source_name, attempt,
			    created_at, requested, last_event_at)
			values (:tenant, :taskId, :number, :kind, 'QUEUED', :recordId, :importId, :sourceName, :attempt,
			    :at, true, :at)
			on conflict (tenant_id, id) do update set
			    number = excluded.number, record_id = excluded.record_id, import_id = excluded.import_id,
			    source_name = excluded.source_name, attempt = excluded.attempt, created_at = excluded.created_at,
			    requested = true, %s
			""".formatted(LAST_EVENT);

	private static final String STARTED = """
			insert into tasks (tenant_id, id, kind, status, record_id, attempt, items_total, started_at, created_at,
			    last_event_at)
			values (:tenant, :taskId, :kind, 'RUNNING', :recordId, :attempt, :itemsTotal, :at, :at, :at)
			on conflict (tenant_id, id) do update set
			    %s,
			    started_at = least(tasks.started_at, excluded.started_at),
			    items_total = greatest(tasks.items_total, excluded.items_total),
			    %s, %s, %s
			""".formatted(AT_LEAST_RUNNING, ATTEMPT_UNTIL_REQUESTED, CREATED_AT_UNTIL_REQUESTED, LAST_EVENT);

	private static final String PROGRESSED = """
			insert into tasks (tenant_id, id, kind, status, record_id, items_total, items_completed, progress,
			    started_at, created_at, last_event_at)
			values (:tenant, :taskId, :kind, 'RUNNING', :recordId, :itemsTotal, :itemsCompleted, :progress,
			    :at, :at, :at)
			on conflict (tenant_id, id) do update set
			    %s,
			    started_at = least(tasks.started_at, excluded.started_at),
			    items_total = greatest(tasks.items_total, excluded.items_total),
			    items_completed = greatest(tasks.items_completed, excluded.items_completed),
			    progress = greatest(tasks.progress, excluded.progress),
			    %s, %s
			""".formatted(AT_LEAST_RUNNING, CREATED_AT_UNTIL_REQUESTED, LAST_EVENT);

	/**
	 * COMPLETED is the top status: it always wins, and its latest report gives the finish time. A quick task
	 * sends no Started (the worker announces only tasks that run a while), so the result's duration dates its
	 * start unless a Started did; a Started arriving later is earlier still, and wins.
	 */
	private static final String COMPLETED = """
			insert into tasks (tenant_id, id, kind, status, record_id, items_total, items_completed,
			    items_succeeded, progress, started_at, finished_at, created_at, last_event_at)
			values (:tenant, :taskId, :kind, 'COMPLETED', :recordId, :itemsTotal, :itemsTotal, :itemsSucceeded, 1,
			    :startedAt, :at, :at, :at)
			on conflict (tenant_id, id) do update set
			    started_at = coalesce(tasks.started_at, excluded.started_at),
			    finished_at = case when tasks.status = 'COMPLETED' then greatest(tasks.finished_at, excluded.finished_at)
			                       else excluded.finished_at end,
			    status = 'COMPLETED',
			    items_total = greatest(tasks.items_total, excluded.items_total),
			    items_completed = greatest(tasks.items_completed, excluded.items_completed),
			    items_succeeded = greatest(tasks.items_succeeded, excluded.items_succeeded),
			    progress = 1, error_code = null, error_message = null, error_hint = null,
			    %s, %s
			""".formatted(CREATED_AT_UNTIL_REQUESTED, LAST_EVENT);

	/** A failure report describes the task unless it completed or a later failure report exists. */
	private static final String FAILURE_REPORT_WINS = """
			(tasks.status <> 'COMPLETED'
			 and not (tasks.status = 'FAILED' and tasks.finished_at >= excluded.finished_at))""";

	private static final String FAILED = """
			insert into tasks (tenant_id, id, kind, status, record_id, attempt, error_code, error_message,
			    error_hint, started_at, finished_at, created_at, last_event_at)
			values (:tenant, :taskId, :kind, 'FAILED', :recordId, :attempt, :code, :message, :hint, :at, :at, :at, :at)
			on conflict (tenant_id, id) do update set
			    started_at = coalesce(tasks.started_at, excluded.started_at),
			    error_code = case when %1$s then excluded.error_code else tasks.error_code end,
			    error_message = case when %1$s then excluded.error_message else tasks.error_message end,
			    error_hint = case when %1$s then excluded.error_hint else tasks.error_hint end,
			    finished_at = case when %1$s then excluded.finished_at else tasks.finished_at end,
			    status = case when task_status_rank(tasks.status) < task_status_rank('FAILED') then 'FAILED'
			                  else tasks.status end,
			    %2$s, %3$s, %4$s
			""".formatted(FAILURE_REPORT_WINS, ATTEMPT_UNTIL_REQUESTED, CREATED_AT_UNTIL_REQUESTED, LAST_EVENT);

	public void on(ExtractionRequested event, ProjectionBatch batch) {
		batch.add(REQUESTED, new RowKey(event.tenantId(), event.taskId()), new MapSqlParameterSource().addValue("tenant", event.tenantId())
			.addValue("taskId", event.taskId())
			.addValue("at", SqlValues.timestamp(event.occurredAt()))
			.addValue("number", event.taskNumber())
			.addValue("kind", event.kind().name())
			.addValue("recordId", event.recordId())
			.addValue("importId", event.importId())
			.addValue("sourceName", event.sourceName())
			.addValue("attempt", atLeastOne(event.attempt())));
		batch.taskChanged(event.tenantId(), event.taskId());
	}

	public void on(ExtractionStarted event, ProjectionBatch batch) {
		batch.add(STARTED, rowOf(event), parameters(event).addValue("attempt", atLeastOne(event.attempt()))
			.addValue("itemsTotal", atLeastOne(event.itemsTotal())));
		batch.taskChanged(event.tenantId(), event.taskId());
	}

	public void on(ExtractionProgressed event, ProjectionBatch batch) {
		batch.add(PROGRESSED, rowOf(event), parameters(event).addValue("itemsTotal", atLeastOne(event.itemsTotal()))
			.addValue("itemsCompleted", Math.max(0, event.itemsCompleted()))
			.addValue("progress", fraction(event.progress())));
		batch.taskChanged(event.tenantId(), event.taskId());
	}

	public void on(ExtractionCompleted event, ProjectionBatch batch) {
		long durationMillis = event.result() == null ? 0 : Math.max(0, event.result().durationMillis());
		batch.add(COMPLETED, rowOf(event), parameters(event).addValue("itemsTotal", atLeastOne(event.itemsTotal()))
			.addValue("itemsSucceeded", Math.max(0, event.itemsSucceeded()))
			.addValue("startedAt", SqlValues.timestamp(event.occurredAt().minusMillis(durationMillis))));
		batch.taskChanged(event.tenantId(), event.taskId());
	}

	public void on(ExtractionFailed event, ProjectionBatch batch) {
		FailureCode code = event.code();
		batch.add(FAILED, rowOf(event), parameters(event).addValue("attempt", atLeastOne(event.attempt()))
			.addValue("code", code == null ? null : code.name())
			.addValue("message", event.message() != null || code == null ? event.message() : code.message())
			.addValue("hint", event.hint() != null || code == null ? event.hint() : code.hint()));
		batch.taskChanged(event.tenantId(), event.taskId());
	}

	private static RowKey rowOf(ExtractionEvent event) {
		return new RowKey(event.tenantId(), event.taskId());
	}

	private static MapSqlParameterSource parameters(ExtractionEvent event) {
		return new MapSqlParameterSource().addValue("tenant", event.tenantId())
			.addValue("taskId", event.taskId())
			.addValue("at", SqlValues.timestamp(event.occurredAt()))
			.addValue("kind", event.kind().name())
			.addValue("recordId", event.recordId());
	}

	/** A task has at least one item and a first attempt, whatever a sparse event says. */
	private static int atLeastOne(int value) {
		return Math.max(1, value);
	}

	private static double fraction(double progress) {
		return Double.isNaN(progress) ? 0 : Math.min(1, Math.max(0, progress));
	}

}

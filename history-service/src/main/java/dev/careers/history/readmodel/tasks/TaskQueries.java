package dev.careers.history.readmodel.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.careers.events.FailureCode;
import dev.careers.events.TaskKind;
import dev.careers.history.readmodel.SqlValues;
import dev.careers.history.web.Cursor;
import dev.careers.history.web.PageOf;
import dev.careers.history.web.PageRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * Reads Background Tasks rows, always within one tenant. Whether a task is stalled is decided here,
 * at read time, from the time of its last event.
 */
@Component
public class TaskQueries {

	private static final String COLUMNS = """
			select id, number, kind, status, items_total, items_completed, items_succeeded, progress, created_at,
			       started_at, finished_at, record_id, import_id, source_name, error_code, error_message, error_hint,
			       attempt, status in ('QUEUED', 'RUNNING') and last_event_at < :staleBefore as stalled
			from tasks
			""";

	private static final String LIST_FILTER = """
			where tenant_id = :tenant
			   and (cast(:kind as text) is null or kind = :kind)
			   and (cast(:status as text) is null or status = :status)""";

	private final JdbcClient jdbc;

	private final TaskProperties properties;

	TaskQueries(JdbcClient jdbc, TaskProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	PageOf<TaskView> newestFirst(String tenantId, TaskKind kind, TaskStatus status, PageRequest page) {
		String kindName = kind == null ? null : kind.name();
		String statusName = status == null ? null : status.name();
		List<TaskView> fetched = jdbc.sql(COLUMNS + LIST_FILTER + page.orderAndLimit())
			.param("staleBefore", staleBefore())
			.param("tenant", tenantId)
			.param("kind", kindName)
			.param("status", statusName)
			.params(page.parameters())
			.query(TaskQueries::toView)
			.list();
		return PageOf.of(fetched, page, task -> new Cursor(task.createdAt(), task.id()),
				() -> jdbc.sql("select count(*) from tasks " + LIST_FILTER)
					.param("tenant", tenantId)
					.param("kind", kindName)
					.param("status", statusName)
					.query(Long.class)
					.single());
	}

	Optional<TaskView> find(String tenantId, UUID taskId) {
		return jdbc.sql(COLUMNS + " where tenant_id = :tenant and id = :id")
			.param("staleBefore", staleBefore())
			.param("tenant", tenantId)
			.param("id", taskId)
			.query(TaskQueries::toView)
			.optional();
	}

	/** The number of tasks on each tab, zero for a kind without any. */
	Map<TaskKind, Long> countsByKind(String tenantId) {
		Map<TaskKind, Long> counts = new EnumMap<>(TaskKind.class);
		for (TaskKind kind : TaskKind.values()) {
			counts.put(kind, 0L);
		}
		jdbc.sql("select kind, count(*) as tasks from tasks where tenant_id = :tenant group by kind")
			.param("tenant", tenantId)
			.query((row, rowNumber) -> counts.put(TaskKind.valueOf(row.getString("kind")), row.getLong("tasks")))
			.list();
		return counts;
	}

	/** The current rows of these tasks (for the live stream); ids without a row are left out. */
	public List<TaskView> findAll(String tenantId, Collection<UUID> taskIds) {
		return jdbc.sql(COLUMNS + " where tenant_id = :tenant and id = any(:ids)")
			.param("staleBefore", staleBefore())
			.param("tenant", tenantId)
			.param("ids", new SqlArrayValue("uuid", taskIds.toArray()))
			.query(TaskQueries::toView)
			.list();
	}

	private Object staleBefore() {
		return SqlValues.timestamp(Instant.now().minus(properties.stallDeadline()));
	}

	private static TaskView toView(ResultSet row, int rowNumber) throws SQLException {
		long number = row.getLong("number");
		Long displayNumber = row.wasNull() ? null : number;
		UUID id = row.getObject("id", UUID.class);
		TaskStatus status = TaskStatus.valueOf(row.getString("status"));
		int itemsTotal = row.getInt("items_total");
		// a finished task has dealt with every item, whether or not progress reports arrived
		int itemsCompleted = status.isFinished() ? itemsTotal : row.getInt("items_completed");
		double progress = status == TaskStatus.COMPLETED ? 1 : row.getDouble("progress");
		return new TaskView(id, displayNumber, "Task " + (displayNumber == null ? id : displayNumber),
				TaskKind.valueOf(row.getString("kind")), status, itemsTotal, itemsCompleted,
				row.getInt("items_succeeded"), progress, instant(row, "created_at"), instant(row, "started_at"),
				instant(row, "finished_at"), row.getObject("record_id", UUID.class),
				row.getObject("import_id", UUID.class), row.getString("source_name"), error(row),
				row.getInt("attempt"), row.getBoolean("stalled"));
	}

	private static TaskError error(ResultSet row) throws SQLException {
		String code = row.getString("error_code");
		String message = row.getString("error_message");
		if (code == null && message == null) {
			return null;
		}
		return new TaskError(code == null ? null : FailureCode.valueOf(code), message, row.getString("error_hint"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp timestamp = row.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}

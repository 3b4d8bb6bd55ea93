package dev.careers.history.readmodel.importhistory;

import dev.careers.events.ImportCompleted;
import dev.careers.events.ImportEvent;
import dev.careers.events.ImportFailed;
import dev.careers.events.ImportStarted;
import dev.careers.events.ImportType;
import dev.careers.events.RecordCreated;
import dev.careers.events.RecordKind;
import dev.careers.events.RecordRejected;
import dev.careers.events.RecordSkipped;
import dev.careers.events.RecordUpdated;
import dev.careers.history.readmodel.ProjectionBatch;
import dev.careers.history.readmodel.ProjectionBatch.RowKey;
import dev.careers.history.readmodel.SqlValues;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Import History: one method per event type on {@code import.events}. Each is an upsert that fills
 * what its event knows, so any event may arrive first; counts only grow, and the status is derived
 * in the table from the counts and the closing event. Duplicates never reach these methods: the
 * caller applies each event id once.
 */
@Component
public class ImportHistoryProjection {

	/** Until ImportStarted arrives, an import's time is that of its earliest event. */
	private static final String CREATED_AT_UNTIL_STARTED = """
			created_at = case when imports.started then imports.created_at
			                  else least(imports.created_at, excluded.created_at) end""";

	private static final String STARTED = """
			insert into imports (tenant_id, id, created_at, started, type, label, last_event_at)
			values (:tenant, :importId, :at, true, :type, :label, :at)
			on conflict (tenant_id, id) do update set
			    created_at = excluded.created_at, started = true, type = excluded.type, label = excluded.label,
			    last_event_at = greatest(imports.last_event_at, excluded.last_event_at), updated_at = now()
			""";

	private static final String CREATED = recordOutcome("created");

	private static final String UPDATED = recordOutcome("updated");

	private static final String SKIPPED = recordOutcome("skipped");

	private static final String REJECTED = recordOutcome("errors");

	private static final String COMPLETED = closing("'COMPLETED'",
			"case when imports.closing = 'FAILED' then 'FAILED' else 'COMPLETED' end", "imports.failure_reason");

	private static final String FAILED = closing("'FAILED'", "'FAILED'", "excluded.failure_reason");

	public void on(ImportStarted event, ProjectionBatch batch) {
		batch.add(STARTED, rowOf(event), parameters(event).addValue("type", event.type().name()).addValue("label", event.label()));
		batch.importChanged(event.tenantId(), event.importId());
	}

	public void on(RecordCreated event, ProjectionBatch batch) {
		recordOutcome(CREATED, event, event.recordKind(), event.source(), batch);
	}

	public void on(RecordUpdated event, ProjectionBatch batch) {
		recordOutcome(UPDATED, event, event.recordKind(), event.source(), batch);
	}

	public void on(RecordSkipped event, ProjectionBatch batch) {
		recordOutcome(SKIPPED, event, event.recordKind(), event.source(), batch);
	}

	public void on(RecordRejected event, ProjectionBatch batch) {
		recordOutcome(REJECTED, event, event.recordKind(), event.source(), batch);
	}

	public void on(ImportCompleted event, ProjectionBatch batch) {
		batch.add(COMPLETED, rowOf(event), totals(parameters(event), event.created(), event.updated(), event.skipped(),
				event.errors()).addValue("reason", null));
		batch.importChanged(event.tenantId(), event.importId());
	}

	public void on(ImportFailed event, ProjectionBatch batch) {
		batch.add(FAILED, rowOf(event), totals(parameters(event), event.created(), event.updated(), event.skipped(), event.errors())
			.addValue("reason", event.reason()));
		batch.importChanged(event.tenantId(), event.importId());
	}

	private void recordOutcome(String sql, ImportEvent event, RecordKind kind, String source, ProjectionBatch batch) {
		batch.add(sql, rowOf(event), parameters(event).addValue("type", kind == null ? null : typeOf(kind).name())
			.addValue("fileSource", isFileName(source)));
		batch.importChanged(event.tenantId(), event.importId());
	}

	private static ImportType typeOf(RecordKind kind) {
		return kind == RecordKind.APPLICANT ? ImportType.APPLICANTS : ImportType.JOBS;
	}

	/** Sources are file names or posting URLs; an import holding only URLs shows no file. */
	private static boolean isFileName(String source) {
		return source != null && !source.startsWith("http://") && !source.startsWith("https://");
	}

	private static RowKey rowOf(ImportEvent event) {
		return new RowKey(event.tenantId(), event.importId());
	}

	private static MapSqlParameterSource parameters(ImportEvent event) {
		return new MapSqlParameterSource().addValue("tenant", event.tenantId())
			.addValue("importId", event.importId())
			.addValue("at", SqlValues.timestamp(event.occurredAt()));
	}

	private static MapSqlParameterSource totals(MapSqlParameterSource parameters, int created, int updated, int skipped,
			int errors) {
		return parameters.addValue("created", created)
			.addValue("updated", updated)
			.addValue("skipped", skipped)
			.addValue("errors", errors);
	}

	private static String recordOutcome(String counter) {
		return """
				insert into imports (tenant_id, id, created_at, type, has_file_source, %1$s, last_event_at)
				values (:tenant, :importId, :at, :type, :fileSource, 1, :at)
				on conflict (tenant_id, id) do update set
				    %1$s = imports.%1$s + 1,
				    type = coalesce(imports.type, excluded.type),
				    has_file_source = imports.has_file_source or excluded.has_file_source,
				    %2$s,
				    last_event_at = greatest(imports.last_event_at, excluded.last_event_at), updated_at = now()
				""".formatted(counter, CREATED_AT_UNTIL_STARTED);
	}

	private static String closing(String inserted, String merged, String reason) {
		return """
				insert into imports (tenant_id, id, created_at, closing, failure_reason, expected_created,
				    expected_updated, expected_skipped, expected_errors, last_event_at)
				values (:tenant, :importId, :at, %1$s, :reason, :created, :updated, :skipped, :errors, :at)
				on conflict (tenant_id, id) do update set
				    closing = %2$s,
				    failure_reason = %3$s,
				    expected_created = greatest(imports.expected_created, excluded.expected_created),
				    expected_updated = greatest(imports.expected_updated, excluded.expected_updated),
				    expected_skipped = greatest(imports.expected_skipped, excluded.expected_skipped),
				    expected_errors = greatest(imports.expected_errors, excluded.expected_errors),
				    %4$s,
				    last_event_at = greatest(imports.last_event_at, excluded.last_event_at), updated_at = now()
				""".formatted(inserted, merged, reason, CREATED_AT_UNTIL_STARTED);
	}

}

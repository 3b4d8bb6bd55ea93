package dev.careers.history.readmodel.importhistory;

import dev.careers.events.ApplicantsMerged;
import dev.careers.events.PossibleDuplicateFound;
import dev.careers.history.readmodel.ProjectionBatch;
import dev.careers.history.readmodel.ProjectionBatch.RowKey;
import dev.careers.history.readmodel.SqlValues;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * The possible duplicates of Import History (ADR 0019): one method per event type on
 * {@code applicant.events}. A pair and a merge are each one row, inserted once whatever the
 * order and however often they arrive; the counts an import shows are read from them.
 */
@Component
public class PossibleDuplicatesProjection {

	private static final String FOUND = """
			insert into possible_duplicates (tenant_id, applicant_id, duplicate_id, import_id, matched_on, found_at)
			values (:tenant, :applicantId, :duplicateId, :importId, :matchedOn, :at)
			on conflict do nothing
			""";

	private static final String MERGED = """
			insert into applicant_merges (tenant_id, merged_applicant_id, applicant_id, current_version, merged_at)
			values (:tenant, :mergedApplicantId, :applicantId, :currentVersion, :at)
			on conflict do nothing
			""";

	public void on(PossibleDuplicateFound event, ProjectionBatch batch) {
		batch.add(FOUND, new RowKey(event.tenantId(), event.duplicateId()),
				new MapSqlParameterSource().addValue("tenant", event.tenantId())
					.addValue("applicantId", event.applicantId())
					.addValue("duplicateId", event.duplicateId())
					.addValue("importId", event.importId())
					.addValue("matchedOn", event.matchedOn() == null ? null : event.matchedOn().name())
					.addValue("at", SqlValues.timestamp(event.occurredAt())));
		if (event.importId() != null) {
			batch.importChanged(event.tenantId(), event.importId());
		}
	}

	public void on(ApplicantsMerged event, ProjectionBatch batch) {
		batch.add(MERGED, new RowKey(event.tenantId(), event.mergedApplicantId()),
				new MapSqlParameterSource().addValue("tenant", event.tenantId())
					.addValue("mergedApplicantId", event.mergedApplicantId())
					.addValue("applicantId", event.applicantId())
					.addValue("currentVersion", event.currentVersion())
					.addValue("at", SqlValues.timestamp(event.occurredAt())));
	}

}

package dev.careers.history.projection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * The row changes of one poll batch of events, sent to the database as one JDBC batch per
 * statement. Grouping by statement reorders the changes, which is safe because every projection
 * is order-tolerant: applying its changes in any order gives the same rows.
 */
public final class ProjectionBatch {

	private final Map<String, List<SqlParameterSource>> statements = new LinkedHashMap<>();

	private final ReadModelsChanged.Builder changes = ReadModelsChanged.builder();

	public void add(String sql, MapSqlParameterSource parameters) {
		statements.computeIfAbsent(sql, key -> new ArrayList<>()).add(parameters);
	}

	public void taskChanged(String tenantId, UUID taskId) {
		changes.task(tenantId, taskId);
	}

	public void importChanged(String tenantId, UUID importId) {
		changes.importRow(tenantId, importId);
	}

	public void execute(NamedParameterJdbcTemplate jdbc) {
		statements.forEach((sql, parameters) -> jdbc.batchUpdate(sql, parameters.toArray(SqlParameterSource[]::new)));
	}

	public ReadModelsChanged changes() {
		return changes.build();
	}

}

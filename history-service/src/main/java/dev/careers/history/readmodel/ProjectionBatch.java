package dev.careers.history.readmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * The row changes of one poll batch of events, sent to the database as JDBC batches per statement,
 * which the driver turns into multi-row upserts. Grouping by statement reorders the changes, which
 * is safe because every projection is order-tolerant: its changes give the same rows in any order.
 * One multi-row upsert may change a row only once, so a row's second change of the same kind goes
 * into a second round.
 */
public final class ProjectionBatch {

	private final Map<String, Statement> statements = new LinkedHashMap<>();

	private final ReadModelsChanged.Builder changes = ReadModelsChanged.builder();

	/**
	 * @param row the primary key of the row this change upserts
	 */
	public void add(String sql, RowKey row, MapSqlParameterSource parameters) {
		statements.computeIfAbsent(sql, key -> new Statement()).add(row, parameters);
	}

	public void taskChanged(String tenantId, UUID taskId) {
		changes.task(tenantId, taskId);
	}

	public void importChanged(String tenantId, UUID importId) {
		changes.importRow(tenantId, importId);
	}

	public void execute(NamedParameterJdbcTemplate jdbc) {
		statements.forEach((sql, statement) -> statement.rounds
			.forEach(round -> jdbc.batchUpdate(sql, round.toArray(SqlParameterSource[]::new))));
	}

	public ReadModelsChanged changes() {
		return changes.build();
	}

	/** A read-model row: tenant and id. */
	public record RowKey(String tenantId, UUID id) {
	}

	private static final class Statement {

		private final List<List<SqlParameterSource>> rounds = new ArrayList<>();

		private final Map<RowKey, Integer> changesPerRow = new HashMap<>();

		void add(RowKey row, SqlParameterSource parameters) {
			int round = changesPerRow.merge(row, 1, Integer::sum) - 1;
			if (round == rounds.size()) {
				rounds.add(new ArrayList<>());
			}
			rounds.get(round).add(parameters);
		}

	}

}

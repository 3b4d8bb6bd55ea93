package dev.careers.history.replay;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.kafka.common.TopicPartition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * The one stored snapshot of the read models: a copy of each read-model table (the dedupe log
 * included, so the replay after a restore skips what the snapshot already holds) and the offsets
 * before which every record is in it. Every method runs in its caller's transaction.
 */
@Component
class ReadModelSnapshots {

	/** The tables a rebuild empties and refills, and a snapshot copies. */
	static final List<String> READ_MODEL_TABLES = List.of("imports", "tasks", "possible_duplicates", "applicant_merges",
			"processed_events");

	private static final String SNAPSHOT_PREFIX = "snapshot_";

	private final JdbcClient jdbc;

	ReadModelSnapshots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Snapshot> latest() {
		return takenAt().map(takenAt -> new Snapshot(takenAt, offsets()));
	}

	Optional<Instant> takenAt() {
		return jdbc.sql("select taken_at from read_model_snapshot").query(Timestamp.class).optional().map(Timestamp::toInstant);
	}

	/** Replaces the stored snapshot with the read models as the caller's transaction sees them. */
	Map<String, Long> replaceWith(Map<TopicPartition, Long> offsets) {
		jdbc.sql("truncate " + String.join(", ", READ_MODEL_TABLES.stream().map(table -> SNAPSHOT_PREFIX + table).toList()))
			.update();
		Map<String, Long> rows = new LinkedHashMap<>();
		for (String table : READ_MODEL_TABLES) {
			rows.put(table, (long) copy(table, SNAPSHOT_PREFIX + table, columnsOf(table)));
		}
		jdbc.sql("delete from snapshot_offsets").update();
		List<Map.Entry<TopicPartition, Long>> entries = List.copyOf(offsets.entrySet());
		jdbc.sql("insert into snapshot_offsets select * from unnest(:topics, :partitions, :offsets)")
			.param("topics", new SqlArrayValue("text", entries.stream().map(entry -> entry.getKey().topic()).toArray()))
			.param("partitions",
					new SqlArrayValue("integer", entries.stream().map(entry -> entry.getKey().partition()).toArray()))
			.param("offsets", new SqlArrayValue("bigint", entries.stream().map(Map.Entry::getValue).toArray()))
			.update();
		jdbc.sql("""
				insert into read_model_snapshot (taken_at) values (now())
				on conflict (only_one) do update set taken_at = excluded.taken_at
				""").update();
		return rows;
	}

	/** Empties the read models and fills them from the stored snapshot. */
	void restore() {
		emptyReadModels();
		for (String table : READ_MODEL_TABLES) {
			copy(SNAPSHOT_PREFIX + table, table, columnsOf(table));
		}
	}

	void emptyReadModels() {
		jdbc.sql("truncate " + String.join(", ", READ_MODEL_TABLES)).update();
	}

	private int copy(String from, String to, String columns) {
		return jdbc.sql("insert into " + to + " (" + columns + ") select " + columns + " from " + from).update();
	}

	/** The read model's own columns, named: a snapshot table missing one fails the copy loudly. */
	private String columnsOf(String table) {
		return String.join(", ", jdbc.sql("""
				select column_name from information_schema.columns
				where table_schema = current_schema() and table_name = :table and is_generated = 'NEVER'
				order by ordinal_position
				""").param("table", table).query(String.class).list());
	}

	private Map<TopicPartition, Long> offsets() {
		return jdbc.sql("select topic, partition, next_offset from snapshot_offsets")
			.query((row, number) -> Map.entry(new TopicPartition(row.getString("topic"), row.getInt("partition")),
					row.getLong("next_offset")))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * @param offsets per partition, the first record not in the snapshot; a partition missing here
	 * had no record in it
	 */
	record Snapshot(Instant takenAt, Map<TopicPartition, Long> offsets) {

		long replayFrom(TopicPartition partition) {
			return offsets.getOrDefault(partition, 0L);
		}

	}

}

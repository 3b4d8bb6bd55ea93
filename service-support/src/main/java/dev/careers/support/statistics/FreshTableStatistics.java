package dev.careers.support.statistics;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Analyses a table of the service's own schema as soon as it first holds rows, instead of a minute or
 * more later when autovacuum gets to it.
 * <p>
 * Until a table has statistics PostgreSQL gives every equality the same made-up selectivity, so a
 * lookup by a unique key may use any index that starts with {@code tenant_id} and read the tenant's
 * whole table. A prepared statement keeps the plan it made then: on a new deployment the first big
 * import paid more for every file the further it got (measured in docs/benchmarks.md). {@code ANALYZE}
 * gives the planner real statistics and makes it plan those statements again.
 */
class FreshTableStatistics {

	private static final Logger log = LoggerFactory.getLogger(FreshTableStatistics.class);

	private final JdbcClient jdbc;

	private final long firstAnalysisRows;

	FreshTableStatistics(JdbcClient jdbc, long firstAnalysisRows) {
		this.jdbc = jdbc;
		this.firstAnalysisRows = firstAnalysisRows;
	}

	@Scheduled(fixedDelayString = "${careers.database.statistics.check-interval:5s}",
			initialDelayString = "${careers.database.statistics.check-interval:5s}")
	void analyseTablesThatHaveNone() {
		for (String table : tablesWithoutStatistics()) {
			jdbc.sql("ANALYZE " + table).update();
			log.info("Analysed {}: it had rows and no statistics yet", table);
		}
	}

	/** Schema-qualified, quoted names of the tables in the search path that have rows and were never analysed. */
	private List<String> tablesWithoutStatistics() {
		return jdbc.sql("""
				SELECT quote_ident(schemaname) || '.' || quote_ident(relname) FROM pg_stat_user_tables
				WHERE schemaname = ANY (current_schemas(false))
				  AND last_analyze IS NULL AND last_autoanalyze IS NULL
				  AND n_mod_since_analyze >= ?""")
			.param(firstAnalysisRows)
			.query(String.class)
			.list();
	}

}

package dev.careers.support.statistics;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import dev.careers.testsupport.EmbeddedInfrastructure;
import dev.careers.testsupport.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** On a real PostgreSQL: which tables {@link FreshTableStatistics} analyses, and that it does so once. */
class FreshTableStatisticsIT {

	private static final TestInfrastructure infrastructure = EmbeddedInfrastructure.shared();

	private final String schema = "statistics_" + UUID.randomUUID().toString().replace("-", "");

	private final String otherSchema = schema + "_other";

	// one session each, so that the statistics of the setup's writes can be flushed on request
	private final SingleConnectionDataSource setupSession = new SingleConnectionDataSource(infrastructure.jdbcUrl(),
			infrastructure.username(), infrastructure.password(), true);

	private final SingleConnectionDataSource serviceSession = new SingleConnectionDataSource(
			TestInfrastructure.withSchema(infrastructure.jdbcUrl(), schema), infrastructure.username(),
			infrastructure.password(), true);

	private final JdbcClient setup = JdbcClient.create(setupSession);

	private final JdbcClient service = JdbcClient.create(serviceSession);

	@AfterEach
	void closeSessions() {
		setupSession.destroy();
		serviceSession.destroy();
	}

	@BeforeEach
	void tables() {
		for (String table : new String[] { schema + ".busy", schema + ".quiet", otherSchema + ".busy" }) {
			setup.sql("CREATE SCHEMA IF NOT EXISTS " + table.substring(0, table.indexOf('.'))).update();
			// autovacuum must not analyse them first: the test is about what the component does
			setup.sql("CREATE TABLE " + table + " (id INT PRIMARY KEY, tenant_id TEXT NOT NULL)"
					+ " WITH (autovacuum_enabled = false)").update();
		}
		insertRows(schema + ".busy", 150);
		insertRows(schema + ".quiet", 5);
		insertRows(otherSchema + ".busy", 500);
		setup.sql("SELECT pg_stat_force_next_flush()").query(Object.class).list();
		setup.sql("SELECT 1").query(Integer.class).single();
		await().atMost(Duration.ofSeconds(30)).until(() -> modifiedRows(schema, "busy") >= 150
				&& modifiedRows(otherSchema, "busy") >= 500);
	}

	@Test
	void analysesATableOfItsSchemaOnceItHoldsEnoughRows() {
		FreshTableStatistics statistics = new FreshTableStatistics(service, 100);

		statistics.analyseTablesThatHaveNone();
		statistics.analyseTablesThatHaveNone();

		assertThat(hasColumnStatistics(schema, "busy")).isTrue();
		assertThat(analyses(schema, "busy")).isEqualTo(1);
	}

	@Test
	void leavesATableWithFewRowsAndTheTablesOfOtherSchemas() {
		new FreshTableStatistics(service, 100).analyseTablesThatHaveNone();

		assertThat(hasColumnStatistics(schema, "quiet")).isFalse();
		assertThat(hasColumnStatistics(otherSchema, "busy")).isFalse();
	}

	private void insertRows(String table, int rows) {
		setup.sql("INSERT INTO " + table + " SELECT n, 'tenant-' || (n % 3) FROM generate_series(1, ?) n")
			.param(rows)
			.update();
	}

	private long modifiedRows(String schemaName, String table) {
		return setup.sql("""
				SELECT coalesce(max(n_mod_since_analyze), 0) FROM pg_stat_user_tables
				WHERE schemaname = ? AND relname = ?""")
			.params(schemaName, table)
			.query(Long.class)
			.single();
	}

	private boolean hasColumnStatistics(String schemaName, String table) {
		return setup.sql("SELECT count(*) FROM pg_stats WHERE schemaname = ? AND tablename = ?")
			.params(schemaName, table)
			.query(Long.class)
			.single() > 0;
	}

	private long analyses(String schemaName, String table) {
		return setup.sql("SELECT analyze_count FROM pg_stat_user_tables WHERE schemaname = ? AND relname = ?")
			.params(schemaName, table)
			.query(Long.class)
			.single();
	}

}

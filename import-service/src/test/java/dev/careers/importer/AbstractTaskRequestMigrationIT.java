package dev.careers.importer;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.careers.events.EventSerde;
import dev.careers.events.ExtractionRequested;
import dev.careers.events.TaskKind;
import dev.careers.testsupport.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V4 moves what a task's request named from V3's JSON copy of the event into columns of the task:
 * an open task of a database upgraded from V3 keeps all the stuck-task sweep needs to send its
 * request again, and the JSON column is gone. On a schema of its own, migrated step by step.
 */
abstract class AbstractTaskRequestMigrationIT {

	abstract TestInfrastructure infrastructure();

	@Test
	void anOpenTaskOfAV3DatabaseKeepsWhatItsRequestNamed() {
		String schema = "migration_" + UUID.randomUUID().toString().replace("-", "");
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				TestInfrastructure.withSchema(infrastructure().jdbcUrl(), schema), infrastructure().username(),
				infrastructure().password());
		JdbcClient jdbc = JdbcClient.create(dataSource);
		ExtractionRequested resume = request(TaskKind.RESUME, "resume.pdf", "http://import-service:8081/internal/documents/d1/content",
				"application/pdf", null);
		ExtractionRequested posting = request(TaskKind.JOB_DESCRIPTION, "https://jobs.example.com/1", null, null, "https://jobs.example.com/1");
		migrate(dataSource, schema, "3");
		insertAsV3(jdbc, resume);
		insertAsV3(jdbc, posting);

		// V8 drops content_url again, once documents have keys (AbstractDocumentContentMigrationIT)
		migrate(dataSource, schema, "4");

		assertThat(columnsOf(jdbc, resume)).containsExactly(resume.sourceName(), resume.contentUrl(),
				resume.contentType(), null);
		assertThat(columnsOf(jdbc, posting)).containsExactly(posting.sourceName(), null, null, posting.postingUrl());
		assertThat(jdbc.sql("""
				SELECT column_name FROM information_schema.columns
				WHERE table_schema = ? AND table_name = 'extraction_tasks'""")
			.param(schema)
			.query(String.class)
			.list()).doesNotContain("request").contains("source_name", "content_url", "content_type", "posting_url");
	}

	private static ExtractionRequested request(TaskKind kind, String sourceName, String contentUrl, String contentType,
			String postingUrl) {
		return new ExtractionRequested(UUID.randomUUID(), "t-migration", Instant.now().truncatedTo(ChronoUnit.MICROS),
				UUID.randomUUID(), Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000), UUID.randomUUID(),
				kind, 1, UUID.randomUUID(), sourceName, contentUrl, contentType, postingUrl);
	}

	private static void migrate(DriverManagerDataSource dataSource, String schema, String target) {
		Flyway.configure()
			.dataSource(dataSource)
			.schemas(schema)
			.defaultSchema(schema)
			.locations("classpath:db/migration")
			.target(target)
			.load()
			.migrate();
	}

	/** A task as V3's ExtractionTasks wrote it: the event's JSON in {@code request}. */
	private static void insertAsV3(JdbcClient jdbc, ExtractionRequested request) {
		jdbc.sql("""
				INSERT INTO extraction_tasks (id, tenant_id, task_number, kind, record_kind, record_id, attempt,
				    import_id, status, created_at, request)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?::jsonb)""")
			.params(request.taskId(), request.tenantId(), request.taskNumber(), request.kind().name(),
					request.kind() == TaskKind.RESUME ? "APPLICANT" : "JOB", request.recordId(), request.attempt(), request.importId(), Timestamp.from(request.occurredAt()),
					EventSerde.jsonMapper().writeValueAsString(request))
			.update();
	}

	private static List<Object> columnsOf(JdbcClient jdbc, ExtractionRequested request) {
		Map<String, Object> row = jdbc.sql(
				"SELECT source_name, content_url, content_type, posting_url FROM extraction_tasks WHERE id = ?")
			.param(request.taskId())
			.query()
			.singleRow();
		return Arrays.asList(row.get("source_name"), row.get("content_url"), row.get("content_type"),
				row.get("posting_url"));
	}

}

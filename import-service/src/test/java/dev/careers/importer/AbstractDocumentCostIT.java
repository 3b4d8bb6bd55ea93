package dev.careers.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import dev.careers.events.ContactDetails;
import dev.careers.events.ExtractionCompleted;
import dev.careers.events.ExtractionRequested;
import dev.careers.events.ExtractionResult;
import dev.careers.events.ExtractionStarted;
import dev.careers.events.ImportEvent;
import dev.careers.events.ImportStarted;
import dev.careers.events.SkillMatch;
import dev.careers.events.Topics;
import dev.careers.importer.ImportServiceClient.NamedFile;
import dev.careers.importer.StatementCounter.Count;
import dev.careers.importer.StatementCounter.Phase;
import dev.careers.testsupport.TestPdfs;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What one resume costs import-service in statements, commits and Kafka records, counted (not
 * timed, so the figures do not depend on the machine's load): {@value #DOCUMENTS} generated resumes
 * (or {@code -Dcareers.cost.documents=N}) uploaded in requests of {@value #FILES_PER_REQUEST} as the
 * UI sends them, then answered with ExtractionStarted and ExtractionCompleted per task as a worker
 * does, until every task is COMPLETED and the outbox is empty. Prints a {@code DOCUMENT-COST} table
 * (also written to {@code target/document-cost.md}) and holds the service to a budget per document.
 * Runs in a context of its own (the counting data source, no timers firing meanwhile).
 */
@Import(AbstractDocumentCostIT.Counting.class)
@TestPropertySource(properties = { "careers.uploads.files-per-minute=1000000", "careers.uploads.max-request-size=64MB",
		"careers.uploads.max-file-size=1MB", "careers.imports.files-per-commit=50", "careers.imports.idle-check-interval=1h",
		"careers.outbox.resubmit-interval=1h", "careers.tasks.stuck.check-interval=1h" })
abstract class AbstractDocumentCostIT extends AbstractImportServiceIT {

	static final int DOCUMENTS = Integer.getInteger("careers.cost.documents", 200);

	static final int FILES_PER_REQUEST = 20;

	/** Consumer groups per topic (docs/architecture.md): each record is delivered once to each. */
	private static final int IMPORT_EVENTS_GROUPS = 1;

	private static final int EXTRACTION_REQUESTS_GROUPS = 2;

	private static final int EXTRACTION_EVENTS_GROUPS = 2;

	@Autowired
	StatementCounter counter;

	@Autowired
	KafkaTemplate<?, ?> kafka;

	@Autowired
	DataSource dataSource;

	@Test
	void oneResumeCostsTheDatabaseAndTheBrokerNoMoreThanItsBudget() throws SQLException {
		List<NamedFile> files = IntStream.range(0, DOCUMENTS)
			.mapToObj(index -> new NamedFile("cost-" + index + ".pdf", TestPdfs.resume("Cost Person " + index,
					"cost." + index + "@example.org", List.of("Java", "SQL", "Kafka"))))
			.toList();
		try (EventProbe probe = new EventProbe(bootstrapServers, tenant, Topics.IMPORT_EVENTS,
				Topics.EXTRACTION_REQUESTS, Topics.EXTRACTION_REQUESTS_BULK); EventSender worker = new EventSender(bootstrapServers)) {
			String importId = client.openApplicantImport(tenant);
			probe.await(ImportStarted.class, event -> event.importId().toString().equals(importId));
			awaitOutboxEmpty();
			counter.reset();
			double producerRequests = producerMetric("request-total");

			List<JsonNode> results = new ArrayList<>();
			for (int from = 0; from < DOCUMENTS; from += FILES_PER_REQUEST) {
				results.addAll(AbstractBulkApplicantImportIT.results(client.upload(tenant, importId,
						files.subList(from, Math.min(DOCUMENTS, from + FILES_PER_REQUEST)))));
			}
			assertThat(results).hasSize(DOCUMENTS)
				.allSatisfy(result -> assertThat(result.get("outcome").asString()).isEqualTo("CREATED"));

			List<ExtractionRequested> requests = await().atMost(Duration.ofSeconds(60))
				.until(() -> probe.all(ExtractionRequested.class), all -> all.size() == DOCUMENTS);
			for (ExtractionRequested request : requests) {
				worker.send(Topics.EXTRACTION_EVENTS, new ExtractionStarted(UUID.randomUUID(), tenant, Instant.now(),
						request.taskId(), request.recordId(), request.kind(), "worker-1", request.attempt(), 1));
				worker.send(Topics.EXTRACTION_EVENTS, new ExtractionCompleted(UUID.randomUUID(), tenant, Instant.now(),
						request.taskId(), request.recordId(), request.kind(), 1, 1, result(request.taskNumber())));
			}
			await().atMost(Duration.ofSeconds(60)).until(() -> jdbc
				.sql("SELECT count(*) FROM extraction_tasks WHERE tenant_id = ? AND status = 'COMPLETED'")
				.param(tenant)
				.query(Long.class)
				.single() == DOCUMENTS);
			awaitOutboxEmpty();
			double requestsPerDocument = (producerMetric("request-total") - producerRequests) / DOCUMENTS;

			long importEvents = probe.all(ImportEvent.class).stream().filter(event -> !(event instanceof ImportStarted)).count();
			assertThat(importEvents).isEqualTo(DOCUMENTS);
			assertThat(AbstractBulkApplicantImportIT.counts(client.get(tenant, "/api/imports/{id}", importId).getBody()))
				.containsExactly(DOCUMENTS, 0, 0, 0);
			double records = (importEvents + requests.size() + 2.0 * DOCUMENTS) / DOCUMENTS;
			double deliveries = (importEvents * IMPORT_EVENTS_GROUPS + requests.size() * EXTRACTION_REQUESTS_GROUPS
					+ 2.0 * DOCUMENTS * EXTRACTION_EVENTS_GROUPS) / DOCUMENTS;
			report(records, deliveries, requestsPerDocument);

			// the budget per document: a change that costs more statements or WAL flushes fails here
			assertThat(perDocument(Count.STATEMENTS)).isLessThanOrEqualTo(24);
			assertThat(perDocument(Count.WRITING_COMMITS)).isLessThanOrEqualTo(2);
			// a result finds its applicant by the task, twice per document: by an index, not by reading every applicant
			assertThat(plan("SELECT id FROM applicants WHERE tenant_id = '" + tenant + "' AND current_task_id = '"
					+ requests.get(0).taskId() + "' AND merged_into IS NULL")).containsPattern("Index Cond: .*current_task_id");
		}
	}

	/**
	 * The plan PostgreSQL chooses, on the table's current statistics, where it can avoid a sequential
	 * scan: what the indexes offer, whatever the table's size.
	 */
	private String plan(String query) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			try {
				statement.execute("ANALYZE applicants");
				statement.execute("SET LOCAL enable_seqscan = off");
				StringBuilder plan = new StringBuilder();
				try (ResultSet rows = statement.executeQuery("EXPLAIN " + query)) {
					while (rows.next()) {
						plan.append(rows.getString(1)).append('\n');
					}
				}
				return plan.toString();
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(true);
			}
		}
	}

	private void awaitOutboxEmpty() {
		await().atMost(Duration.ofSeconds(60)).until(() -> jdbc
			.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?")
			.param("%" + tenant + "%")
			.query(Long.class)
			.single() == 0);
	}

	private double producerMetric(String name) {
		double total = 0;
		for (var entry : kafka.metrics().entrySet()) {
			MetricName metric = entry.getKey();
			if (metric.group().equals("producer-metrics") && metric.name().equals(name)) {
				total += ((Number) ((Metric) entry.getValue()).metricValue()).doubleValue();
			}
		}
		return total;
	}

	private double perDocument(Count count) {
		long total = 0;
		for (Phase phase : Phase.values()) {
			total += counter.get(phase, count);
		}
		return (double) total / DOCUMENTS;
	}

	private void report(double records, double deliveries, double producerRequests) {
		StringBuilder table = new StringBuilder();
		table.append("| import-service, per document | statements | round trips | commits | WAL-flushing commits |\n")
			.append("|---|---:|---:|---:|---:|\n");
		for (Phase phase : Phase.values()) {
			table.append(row(label(phase), counter.get(phase, Count.STATEMENTS), counter.get(phase, Count.ROUND_TRIPS),
					counter.get(phase, Count.COMMITS), counter.get(phase, Count.WRITING_COMMITS)));
		}
		table.append(row("**all**", total(Count.STATEMENTS), total(Count.ROUND_TRIPS), total(Count.COMMITS),
				total(Count.WRITING_COMMITS)));
		table.append(String.format(Locale.ROOT,
				"%nKafka, per document: %.2f records, %.2f deliveries; import-service producer requests %.2f"
						+ " (depends on timing)%n",
				records, deliveries, producerRequests));
		String text = table.toString();
		System.out.printf("DOCUMENT-COST %d resumes in requests of %d%n%s", DOCUMENTS, FILES_PER_REQUEST, text);
		try {
			Files.writeString(Path.of("target", "document-cost.md"), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private long total(Count count) {
		long total = 0;
		for (Phase phase : Phase.values()) {
			total += counter.get(phase, count);
		}
		return total;
	}

	private static String row(String label, long statements, long roundTrips, long commits, long writing) {
		return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f |%n", label, (double) statements / DOCUMENTS,
				(double) roundTrips / DOCUMENTS, (double) commits / DOCUMENTS, (double) writing / DOCUMENTS);
	}

	private static String label(Phase phase) {
		return switch (phase) {
			case UPLOAD -> "upload requests";
			case LISTENER -> "extraction.events listener";
			case OTHER -> "outbox relay (after commit)";
		};
	}

	private static ExtractionResult result(long number) {
		String email = "cost." + number + "@example.org";
		return new ExtractionResult("test-1",
				List.of(new SkillMatch("skill:java", "Java", "hard", "language", "Skills: Java", 10, 14, "skills", 0.9,
						"Java")),
				new ContactDetails("Cost Person " + number, email, String.format("+1 555 %07d", number), List.of()),
				null, 1, 400, false, null, 120);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Counting {

		@Bean
		static StatementCounter statementCounter() {
			return new StatementCounter();
		}

	}

}

package dev.careers.importer;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.careers.events.ExtractionRequested;
import dev.careers.events.ImportStarted;
import dev.careers.events.RecordCreated;
import dev.careers.events.Topics;
import dev.careers.importer.ImportServiceClient.NamedFile;
import dev.careers.testsupport.TestInfrastructure;
import dev.careers.testsupport.TestPdfs;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox proof: Kafka is unreachable when an import commits, the service dies before any event
 * reached the broker, and once it runs again against a reachable broker every event is delivered.
 * Runs in a schema of its own, so no other running test context resubmits these events first.
 */
abstract class OutboxRecoveryTest {

	private static final String SCHEMA = "outbox_recovery";

	abstract TestInfrastructure infrastructure();

	@Test
	void eventsCommittedWhileKafkaWasDownAreDeliveredAfterARestart() throws IOException {
		String tenant = IntegrationTest.newTenantId();
		String importId;
		String applicantId;
		try (ConfigurableApplicationContext brokerDown = start("--spring.kafka.bootstrap-servers=localhost:" + deadPort(),
				"--spring.kafka.producer.properties.max.block.ms=500", "--spring.kafka.admin.auto-create=false",
				"--spring.kafka.listener.auto-startup=false")) {
			ImportServiceClient client = new ImportServiceClient(port(brokerDown));
			importId = client.openApplicantImport(tenant);
			JsonNode result = client.upload(tenant, importId, List.of(new NamedFile("outbox.pdf",
					TestPdfs.resume("Otto Box", "otto@example.org", List.of("Kafka")))))
				.getBody()
				.get("results")
				.get(0);
			assertThat(result.get("outcome").asString()).isEqualTo("CREATED");
			applicantId = result.get("recordId").asString();
			JdbcClient jdbc = brokerDown.getBean(JdbcClient.class);
			await().atMost(Duration.ofSeconds(30)).until(() -> failedPublications(jdbc, tenant), count -> count == 3);
		}

		try (EventProbe events = new EventProbe(infrastructure().kafkaBootstrapServers(), tenant,
				Topics.IMPORT_EVENTS, Topics.EXTRACTION_REQUESTS);
				ConfigurableApplicationContext restarted = start()) {
			events.await(ImportStarted.class, event -> event.importId().toString().equals(importId));
			events.await(RecordCreated.class, event -> event.recordId().toString().equals(applicantId));
			events.await(ExtractionRequested.class, event -> event.recordId().toString().equals(applicantId));
			JdbcClient jdbc = restarted.getBean(JdbcClient.class);
			await().atMost(Duration.ofSeconds(30)).until(() -> pendingPublications(jdbc, tenant), count -> count == 0);
		}
	}

	/** The service with its periodic resubmission out of the way: only the restart may recover. */
	private ConfigurableApplicationContext start(String... overrides) {
		List<String> args = new ArrayList<>();
		for (Map.Entry<String, Object> property : InfrastructureInitializer.properties(infrastructure()).entrySet()) {
			String value = property.getKey().equals("spring.datasource.url")
					? TestInfrastructure.withSchema(infrastructure().jdbcUrl(), SCHEMA) : String.valueOf(property.getValue());
			args.add("--" + property.getKey() + "=" + value);
		}
		args.addAll(List.of("--server.port=0", "--spring.flyway.schemas=" + SCHEMA,
				"--spring.flyway.default-schema=" + SCHEMA, "--spring.modulith.events.jdbc.schema=" + SCHEMA,
				"--careers.outbox.resubmit-interval=1h", "--spring.datasource.hikari.connection-timeout=2000"));
		args.addAll(List.of(overrides));
		return new SpringApplicationBuilder(ImportServiceApplication.class).run(args.toArray(String[]::new));
	}

	private static long failedPublications(JdbcClient jdbc, String tenant) {
		return jdbc.sql("""
				SELECT count(*) FROM event_publication
				WHERE completion_date IS NULL AND status = 'FAILED' AND serialized_event LIKE ?""")
			.param("%\"" + tenant + "\"%")
			.query(Long.class)
			.single();
	}

	private static long pendingPublications(JdbcClient jdbc, String tenant) {
		return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?")
			.param("%\"" + tenant + "\"%")
			.query(Long.class)
			.single();
	}

	private static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	/** A port nothing listens on: the broker is down. */
	private static int deadPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

package dev.careers.importer;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import dev.careers.events.ExtractionRequested;
import dev.careers.events.ImportStarted;
import dev.careers.events.RecordCreated;
import dev.careers.events.Topics;
import dev.careers.importer.ImportServiceClient.NamedFile;
import dev.careers.testsupport.TestInfrastructure;
import dev.careers.testsupport.TestPdfs;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox proof: Kafka is unreachable when an import commits, the service dies before any event
 * reached the broker, and once it runs again against a reachable broker every event is delivered:
 * by the republication on restart, and by the periodic resubmission while running.
 * Runs in a schema of its own, so no other running test context resubmits these events first.
 */
abstract class AbstractOutboxRecoveryIT {

	private static final String SCHEMA = "outbox_recovery";

	abstract TestInfrastructure infrastructure();

	@Test
	void eventsCommittedWhileKafkaWasDownAreDeliveredOnRestart() throws IOException {
		Committed committed = importWhileKafkaIsDown();

		assertDelivered(committed, "spring.modulith.events.republish-outstanding-events-on-restart=true",
				"careers.outbox.resubmit-interval=1h");
	}

	@Test
	void eventsCommittedWhileKafkaWasDownAreResubmittedWhileRunning() throws IOException {
		Committed committed = importWhileKafkaIsDown();

		assertDelivered(committed, "spring.modulith.events.republish-outstanding-events-on-restart=false",
				"careers.outbox.resubmit-after=1s", "careers.outbox.resubmit-interval=1s");
	}

	/**
	 * The broker is unreachable at commit time; the service then dies before any event got out. With an
	 * interactive share of one, the second file's request is for the bulk lane (ADR 22).
	 */
	private Committed importWhileKafkaIsDown() throws IOException {
		String tenant = AbstractImportServiceIT.newTenantId();
		try (ConfigurableApplicationContext brokerDown = start("spring.kafka.bootstrap-servers=localhost:" + deadPort(),
				"spring.kafka.producer.properties.max.block.ms=500", "spring.kafka.admin.auto-create=false",
				"spring.kafka.listener.auto-startup=false", "careers.outbox.resubmit-interval=1h",
				"careers.tasks.lanes.interactive-share=1")) {
			ImportServiceClient client = new ImportServiceClient(ServiceOnOwnSchema.port(brokerDown));
			String importId = client.openApplicantImport(tenant);
			JsonNode results = client.upload(tenant, importId,
					List.of(new NamedFile("outbox.pdf", TestPdfs.resume("Otto Box", "otto@example.org", List.of("Kafka"))),
							new NamedFile("outbox-bulk.pdf",
									TestPdfs.resume("Bea Bulk", "bea@example.org", List.of("Kafka")))))
				.getBody()
				.get("results");
			assertThat(results).extracting(result -> result.get("outcome").asString()).containsExactly("CREATED", "CREATED");
			JdbcClient jdbc = brokerDown.getBean(JdbcClient.class);
			await().atMost(Duration.ofSeconds(30)).until(() -> failedPublications(jdbc, tenant), count -> count == 5);
			return new Committed(tenant, importId, results.get(0).get("recordId").asString(),
					results.get(1).get("recordId").asString());
		}
	}

	private void assertDelivered(Committed committed, String... settings) {
		try (EventProbe events = new EventProbe(infrastructure().kafkaBootstrapServers(), committed.tenant(),
				Topics.IMPORT_EVENTS, Topics.EXTRACTION_REQUESTS, Topics.EXTRACTION_REQUESTS_BULK);
				ConfigurableApplicationContext running = start(settings)) {
			events.await(ImportStarted.class, event -> event.importId().toString().equals(committed.importId()));
			events.await(RecordCreated.class, event -> event.recordId().toString().equals(committed.applicantId()));
			assertThat(events.await(ExtractionRequested.class,
					event -> event.recordId().toString().equals(committed.applicantId())).topic())
				.isEqualTo(Topics.EXTRACTION_REQUESTS);
			// the lane chosen at commit travels with the stored publication
			assertThat(events.await(ExtractionRequested.class,
					event -> event.recordId().toString().equals(committed.bulkApplicantId())).topic())
				.isEqualTo(Topics.EXTRACTION_REQUESTS_BULK);
			JdbcClient jdbc = running.getBean(JdbcClient.class);
			await().atMost(Duration.ofSeconds(30))
				.until(() -> pendingPublications(jdbc, committed.tenant()), count -> count == 0);
		}
	}

	private ConfigurableApplicationContext start(String... overrides) {
		return ServiceOnOwnSchema.start(infrastructure(), SCHEMA, overrides);
	}

	private static long failedPublications(JdbcClient jdbc, String tenant) {
		return jdbc.sql("""
				SELECT count(*) FROM event_publication
				WHERE completion_date IS NULL AND status = 'FAILED' AND serialized_event LIKE ?""")
			.param("%\"" + tenant + "\"%")
			.query(Long.class)
			.single();
	}

	/** Events of this tenant in the outbox that Kafka has not acknowledged yet. */
	static long pendingPublications(JdbcClient jdbc, String tenant) {
		return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?")
			.param("%\"" + tenant + "\"%")
			.query(Long.class)
			.single();
	}

	record Committed(String tenant, String importId, String applicantId, String bulkApplicantId) {
	}

	/** A port nothing listens on: the broker is down. */
	private static int deadPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

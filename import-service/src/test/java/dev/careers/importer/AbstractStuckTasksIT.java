package dev.careers.importer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.careers.events.CareersEvent;
import dev.careers.events.ContactDetails;
import dev.careers.events.EventSerde;
import dev.careers.events.ExtractionCompleted;
import dev.careers.events.ExtractionFailed;
import dev.careers.events.ExtractionProgressed;
import dev.careers.events.ExtractionRequested;
import dev.careers.events.ExtractionResult;
import dev.careers.events.ExtractionStarted;
import dev.careers.events.FailureCode;
import dev.careers.events.SkillMatch;
import dev.careers.events.TaskKind;
import dev.careers.events.Topics;
import dev.careers.importer.ImportServiceClient.NamedFile;
import dev.careers.testsupport.TestInfrastructure;
import dev.careers.testsupport.TestPdfs;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stuck tasks end (ADR 0011): with second-long deadlines, a task picked up by a worker that then
 * falls silent is re-queued once and then fails as TIMEOUT on {@code extraction.events}, where every
 * service that shows it reads it; a task whose worker keeps reporting, or that still waits in the
 * queue for a worker, is never touched (ADR 22). The service runs on a schema and
 * consumer group of its own, so its short deadlines never reach other test classes' tasks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractStuckTasksIT {

	private static final String SCHEMA = "stuck_tasks";

	private static final Duration REQUEUE_AFTER = Duration.ofSeconds(2);

	private static final Duration FAIL_AFTER = Duration.ofSeconds(2);

	/** Generous for a busy machine: the sweep itself needs REQUEUE_AFTER + FAIL_AFTER and a check or two. */
	private static final Duration ENDED_WITHIN = Duration.ofSeconds(60);

	private ConfigurableApplicationContext service;

	private ImportServiceClient client;

	private String tenant;

	private EventProbe events;

	private KafkaProducer<String, CareersEvent> worker;

	abstract TestInfrastructure infrastructure();

	@BeforeAll
	void startService() {
		service = ServiceOnOwnSchema.start(infrastructure(), SCHEMA, "spring.kafka.consumer.group-id=import-service-" + SCHEMA,
				"careers.tasks.stuck.requeue-after=" + REQUEUE_AFTER.toMillis() + "ms",
				"careers.tasks.stuck.fail-after=" + FAIL_AFTER.toMillis() + "ms",
				"careers.tasks.stuck.check-interval=250ms");
		client = new ImportServiceClient(ServiceOnOwnSchema.port(service));
	}

	@AfterAll
	void stopService() {
		service.close();
	}

	@BeforeEach
	void newTenant() {
		tenant = AbstractImportServiceIT.newTenantId();
		events = new EventProbe(infrastructure().kafkaBootstrapServers(), tenant, Topics.EXTRACTION_REQUESTS,
				Topics.EXTRACTION_EVENTS);
		worker = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure().kafkaBootstrapServers()),
				new StringSerializer(), EventSerde.serializer());
	}

	@AfterEach
	void disconnect() {
		events.close();
		worker.close();
	}

	@Test
	void aTaskWhoseWorkerFallsSilentIsRequeuedOnceThenFailsAsTimeout() {
		Imported task = importOneResume();
		double timedOutBefore = stuck("timed_out");
		pickedUp(task);

		ExtractionFailed failed = (ExtractionFailed) events
			.await(ExtractionFailed.class, event -> event.taskId().equals(task.taskId()), ENDED_WITHIN)
			.value();

		assertThat(failed.code()).isEqualTo(FailureCode.TIMEOUT);
		assertThat(failed.message()).isEqualTo(FailureCode.TIMEOUT.message());
		assertThat(failed.hint()).isEqualTo(FailureCode.TIMEOUT.hint());
		assertThat(failed.recordId()).isEqualTo(task.applicantId());
		assertThat(failed.attempt()).isEqualTo(1);
		ExtractionRequested first = (ExtractionRequested) events
			.await(ExtractionRequested.class, request -> request.taskId().equals(task.taskId()))
			.value();
		ExtractionRequested requeued = (ExtractionRequested) events.await(ExtractionRequested.class,
				request -> request.taskId().equals(task.taskId()) && !request.eventId().equals(first.eventId()))
			.value();
		assertThat(requestsOf(task.taskId())).hasSize(2);
		// the same request again: the projections find nothing new in it, the worker reads the same document
		assertThat(requeued).usingRecursiveComparison().ignoringFields("eventId").isEqualTo(first);
		JsonNode extraction = extractionOf(task);
		assertThat(extraction.get("status").asString()).isEqualTo("FAILED");
		assertThat(extraction.get("error").get("code").asString()).isEqualTo("TIMEOUT");
		assertThat(extraction.get("error").get("message").asString()).isEqualTo(FailureCode.TIMEOUT.message());
		assertThat(extraction.get("error").get("hint").asString()).isEqualTo(FailureCode.TIMEOUT.hint());
		assertThat(stuck("timed_out")).isGreaterThan(timedOutBefore);
	}

	@Test
	void aQueuedTaskWaitingForAWorkerIsNeitherRequeuedNorFailed() {
		Imported task = importOneResume();
		Duration waiting = REQUEUE_AFTER.plus(FAIL_AFTER).multipliedBy(2);
		Instant until = Instant.now().plus(waiting);

		// a burst queued ahead of it: no worker event for twice as long as the sweep needs to end a silent running task
		await().atMost(waiting.plus(ENDED_WITHIN)).pollInterval(Duration.ofMillis(500)).until(() -> {
			assertThat(extractionOf(task).get("status").asString()).isEqualTo("QUEUED");
			return Instant.now().isAfter(until);
		});
		pickedUp(task);
		send(completed(task, Instant.now()));

		await().atMost(ENDED_WITHIN).until(() -> extractionOf(task).get("status").asString().equals("COMPLETED"));
		// the probe first polls here: wait until it has joined and read the request, then count
		events.await(ExtractionRequested.class, request -> request.taskId().equals(task.taskId()));
		assertThat(requestsOf(task.taskId())).hasSize(1);
		assertThat(events.all(ExtractionFailed.class)).isEmpty();
	}

	@Test
	void aTaskWhoseWorkerKeepsReportingIsNeverTouched() {
		Imported task = importOneResume();
		pickedUp(task);
		Duration reporting = REQUEUE_AFTER.plus(FAIL_AFTER).multipliedBy(2);
		Instant until = Instant.now().plus(reporting);
		int[] page = { 0 };

		// a slow document: a page every half second, for twice as long as the sweep needs to end a silent task
		await().atMost(reporting.plus(ENDED_WITHIN)).pollInterval(Duration.ofMillis(500)).until(() -> {
			page[0]++;
			send(new ExtractionProgressed(UUID.randomUUID(), tenant, Instant.now(), task.taskId(),
					task.applicantId(), TaskKind.RESUME, 1, 0, 1000, page[0], page[0] / 1000.0));
			assertThat(extractionOf(task).get("status").asString()).isEqualTo("RUNNING");
			return Instant.now().isAfter(until);
		});
		send(completed(task, Instant.now()));

		await().atMost(ENDED_WITHIN).until(() -> extractionOf(task).get("status").asString().equals("COMPLETED"));
		ExtractionRequested first = (ExtractionRequested) events
			.await(ExtractionRequested.class, request -> request.taskId().equals(task.taskId()))
			.value();
		assertThat(requestsOf(task.taskId())).containsExactly(first);
		assertThat(events.all(ExtractionFailed.class)).isEmpty();
	}

	@Test
	void aLateAnswerFromAWorkerReplacesTheTimeout() {
		Imported task = importOneResume();
		pickedUp(task);
		events.await(ExtractionFailed.class, event -> event.taskId().equals(task.taskId()), ENDED_WITHIN);

		send(completed(task, Instant.now()));

		await().atMost(ENDED_WITHIN).untilAsserted(() -> {
			JsonNode profile = client.get(tenant, "/api/applicants/{id}", task.applicantId()).getBody();
			assertThat(profile.get("extraction").get("status").asString()).isEqualTo("COMPLETED");
			assertThat(profile.get("extraction").has("error")).isFalse();
			assertThat(profile.get("skills").get(0).get("name").asString()).isEqualTo("Kafka");
		});
	}

	private Imported importOneResume() {
		String importId = client.openApplicantImport(tenant);
		JsonNode result = client
			.upload(tenant, importId,
					List.of(new NamedFile("silent.pdf", TestPdfs.resume("Sam Silent", "sam@example.org", List.of("Kafka")))))
			.getBody()
			.get("results")
			.get(0);
		assertThat(result.get("outcome").asString()).isEqualTo("CREATED");
		return new Imported(UUID.fromString(result.get("recordId").asString()),
				UUID.fromString(result.get("taskId").asString()));
	}

	/** A worker took the task: the sweep's deadline counts from here. */
	private void pickedUp(Imported task) {
		send(new ExtractionStarted(UUID.randomUUID(), tenant, Instant.now(), task.taskId(), task.applicantId(),
				TaskKind.RESUME, "slow-worker", 1, 1));
		await().atMost(ENDED_WITHIN).until(() -> extractionOf(task).get("status").asString().equals("RUNNING"));
	}

	private List<ExtractionRequested> requestsOf(UUID taskId) {
		return events.all(ExtractionRequested.class).stream().filter(request -> request.taskId().equals(taskId)).toList();
	}

	private JsonNode extractionOf(Imported task) {
		return client.get(tenant, "/api/applicants/{id}", task.applicantId()).getBody().get("extraction");
	}

	private ExtractionCompleted completed(Imported task, Instant at) {
		ExtractionResult result = new ExtractionResult("test-1",
				List.of(new SkillMatch("skill:kafka", "Kafka", "hard", "tool", "Skills: Kafka", 8, 13, "skills", 0.9)),
				new ContactDetails("Sam Silent", "sam@example.org", null, List.of()), null, 1, 200, false, null, 50);
		return new ExtractionCompleted(UUID.randomUUID(), tenant, at, task.taskId(), task.applicantId(),
				TaskKind.RESUME, 1, 1, result);
	}

	private void send(CareersEvent event) {
		try {
			worker.send(new ProducerRecord<>(Topics.EXTRACTION_EVENTS, event.key(), event)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private double stuck(String action) {
		return service.getBean(MeterRegistry.class).counter("careers.tasks.stuck", "action", action).count();
	}

	private record Imported(UUID applicantId, UUID taskId) {
	}

}

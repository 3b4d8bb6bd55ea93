package dev.careers.importer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.careers.events.CareersEvent;
import dev.careers.events.ContactDetails;
import dev.careers.events.EventSerde;
import dev.careers.events.EventTypes;
import dev.careers.events.ExtractionCompleted;
import dev.careers.events.ExtractionFailed;
import dev.careers.events.ExtractionProgressed;
import dev.careers.events.ExtractionRequested;
import dev.careers.events.ExtractionResult;
import dev.careers.events.ExtractionStarted;
import dev.careers.events.FailureCode;
import dev.careers.events.ImportCompleted;
import dev.careers.events.ImportStarted;
import dev.careers.events.RecordCreated;
import dev.careers.events.SkillMatch;
import dev.careers.events.TaskKind;
import dev.careers.events.Topics;
import dev.careers.importer.ImportServiceClient.NamedFile;
import dev.careers.testsupport.TestPdfs;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The foundation flow on a real broker and database: an import creates an applicant, its task and
 * their events on the wire in the shared format; worker events land on the applicant, once, in any
 * order; poison records are dead-lettered.
 */
abstract class AbstractImportServiceApiIT extends AbstractImportServiceIT {

	@Autowired
	MeterRegistry meters;

	EventProbe events;

	KafkaProducer<String, CareersEvent> worker;

	@BeforeEach
	void connect() {
		events = new EventProbe(bootstrapServers, tenant, Topics.IMPORT_EVENTS, Topics.EXTRACTION_REQUESTS);
		worker = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
				new StringSerializer(), EventSerde.serializer());
	}

	@AfterEach
	void disconnect() {
		events.close();
		worker.close();
	}

	@Test
	void requestWithoutTenantIsUnauthorized() {
		ResponseEntity<JsonNode> response = client.get(null, "/api/applicants");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(response.getBody().get("status").asInt()).isEqualTo(401);
	}

	@Test
	void importedResumeBecomesApplicantWithTaskAndEventsInTheSharedWireFormat() {
		byte[] resume = TestPdfs.resume("Ada Lovelace", "ada@example.org", List.of("Java", "Kafka"));
		ResponseEntity<JsonNode> opened = client.openImport(tenant, "APPLICANTS", "spring-hires");
		assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(opened.getBody().get("status").asString()).isEqualTo("IN_PROGRESS");
		String importId = opened.getBody().get("id").asString();

		JsonNode result = client.upload(tenant, importId, List.of(new NamedFile("ada.pdf", resume)))
			.getBody()
			.get("results")
			.get(0);

		assertThat(result.get("file").asString()).isEqualTo("ada.pdf");
		assertThat(result.get("outcome").asString()).isEqualTo("CREATED");
		String applicantId = result.get("recordId").asString();
		String taskId = result.get("taskId").asString();

		ConsumerRecord<String, CareersEvent> started = events.await(ImportStarted.class,
				event -> event.importId().toString().equals(importId));
		assertWire(started, Topics.IMPORT_EVENTS, importId, "ImportStarted.v1");
		ConsumerRecord<String, CareersEvent> created = events.await(RecordCreated.class,
				event -> event.recordId().toString().equals(applicantId));
		assertWire(created, Topics.IMPORT_EVENTS, importId, "RecordCreated.v1");
		assertThat(((RecordCreated) created.value()).taskId()).hasToString(taskId);
		ConsumerRecord<String, CareersEvent> requested = events.await(ExtractionRequested.class,
				event -> event.taskId().toString().equals(taskId));
		assertWire(requested, Topics.EXTRACTION_REQUESTS, applicantId, "ExtractionRequested.v1");
		ExtractionRequested request = (ExtractionRequested) requested.value();
		assertThat(request.kind()).isEqualTo(TaskKind.RESUME);
		assertThat(request.attempt()).isEqualTo(1);
		assertThat(request.taskNumber()).isEqualTo(1);
		assertThat(request.importId()).hasToString(importId);
		assertThat(request.contentType()).isEqualTo("application/pdf");
		assertThat(request.contentUrl()).isNull();
		assertThat(request.contentKey()).startsWith(tenant + "/");
		assertThat(stored(request.contentKey())).isEqualTo(resume);

		JsonNode profile = client.get(tenant, "/api/applicants/{id}", applicantId).getBody();
		assertThat(profile.get("name").asString()).isEqualTo("ada");
		assertThat(profile.get("extraction").get("status").asString()).isEqualTo("QUEUED");
		assertThat(profile.get("resumes").get(0).get("sha256").asString()).hasSize(64);

		JsonNode summary = client.complete(tenant, importId).getBody();
		assertThat(summary.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(summary.get("created").asInt()).isEqualTo(1);
		ImportCompleted completed = (ImportCompleted) events
			.await(ImportCompleted.class, event -> event.importId().toString().equals(importId))
			.value();
		assertThat(completed.created()).isEqualTo(1);
	}

	@Test
	void anotherTenantsRecordsAnswerNotFoundLikeUnknownOnes() {
		String importId = client.openApplicantImport(tenant);
		String applicantId = client
			.upload(tenant, importId, List.of(new NamedFile("grace.pdf", TestPdfs.resume("Grace Hopper",
					"grace@example.org", List.of("COBOL")))))
			.getBody()
			.get("results")
			.get(0)
			.get("recordId")
			.asString();

		for (String path : List.of("/api/imports/" + importId, "/api/applicants/" + applicantId,
				"/api/applicants/" + applicantId + "/resumes/1/content", "/api/imports/" + UUID.randomUUID())) {
			ResponseEntity<JsonNode> response = client.get("intruder", path);
			assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
		}
		assertThat(client.get("intruder", "/api/applicants").getBody().get("total").asLong()).isZero();
	}

	@Test
	void extractionResultIsStoredOnceAndLateProgressChangesNothing() {
		Imported imported = importOne("linus.pdf", "Linus Torvalds", "linus@example.org");
		UUID taskId = UUID.fromString(imported.taskId());
		UUID applicantId = UUID.fromString(imported.applicantId());
		ExtractionCompleted completed = new ExtractionCompleted(UUID.randomUUID(), tenant, Instant.now(), taskId,
				applicantId, TaskKind.RESUME, 1, 1, result("Linus Torvalds", "linus@example.org", "C"));

		send(new ExtractionStarted(UUID.randomUUID(), tenant, Instant.now(), taskId, applicantId, TaskKind.RESUME,
				"worker-1", 1, 1));
		send(completed);
		send(new ExtractionProgressed(UUID.randomUUID(), tenant, Instant.now(), taskId, applicantId, TaskKind.RESUME,
				1, 0, 2, 1, 0.5));
		// a redelivery of the same event with other content must not be applied again
		send(new ExtractionCompleted(completed.eventId(), tenant, Instant.now(), taskId, applicantId,
				TaskKind.RESUME, 1, 1, result("Someone Else", "else@example.org", "Cobol")));
		UUID marker = UUID.randomUUID();
		send(new ExtractionStarted(marker, tenant, Instant.now(), taskId, applicantId, TaskKind.RESUME, "worker-2",
				1, 1));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode profile = client.get(tenant, "/api/applicants/{id}", applicantId).getBody();
			assertThat(profile.get("extraction").get("status").asString()).isEqualTo("COMPLETED");
			assertThat(profile.get("name").asString()).isEqualTo("Linus Torvalds");
			assertThat(profile.get("email").asString()).isEqualTo("linus@example.org");
			assertThat(profile.get("phone").asString()).isEqualTo("+1 555 010 2030");
			assertThat(profile.get("links").get(0).asString()).isEqualTo("https://github.com/example");
			assertThat(profile.get("skills")).hasSize(1);
			assertThat(profile.get("skills").get(0).get("name").asString()).isEqualTo("C");
			assertThat(profile.get("skills").get(0).get("evidence").asString()).contains("C");
			assertThat(profile.get("skills").get(0).get("matched").asString()).isEqualTo("C");
			assertThat(processed(marker)).isTrue();
		});
		JsonNode profile = client.get(tenant, "/api/applicants/{id}", applicantId).getBody();
		assertThat(profile.get("extraction").get("status").asString()).isEqualTo("COMPLETED");
		assertThat(profile.get("name").asString()).isEqualTo("Linus Torvalds");
	}

	@Test
	void failedExtractionIsRetriedByUploadingANewVersionAndALateOldResultChangesNothingCurrent() {
		Imported imported = importOne("scan.pdf", "Scanned Person", "scan@example.org");
		UUID firstTask = UUID.fromString(imported.taskId());
		UUID applicantId = UUID.fromString(imported.applicantId());
		send(new ExtractionFailed(UUID.randomUUID(), tenant, Instant.now(), firstTask, applicantId, TaskKind.RESUME,
				FailureCode.NO_TEXT_LAYER, FailureCode.NO_TEXT_LAYER.message(), FailureCode.NO_TEXT_LAYER.hint(), 1));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode extraction = client.get(tenant, "/api/applicants/{id}", applicantId).getBody().get("extraction");
			assertThat(extraction.get("status").asString()).isEqualTo("FAILED");
			assertThat(extraction.get("error").get("code").asString()).isEqualTo("NO_TEXT_LAYER");
			assertThat(extraction.get("error").get("message").asString())
				.isEqualTo(FailureCode.NO_TEXT_LAYER.message());
			assertThat(extraction.get("error").get("hint").asString()).isEqualTo(FailureCode.NO_TEXT_LAYER.hint());
		});

		ResponseEntity<JsonNode> retried = client.addResume(tenant, applicantId.toString(), new NamedFile(
				"scan-fixed.pdf", TestPdfs.resume("Scanned Person", "scan@example.org", List.of("Python"))));

		assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(retried.getBody().get("version").asInt()).isEqualTo(2);
		assertThat(retried.getBody().get("attempt").asInt()).isEqualTo(2);
		UUID secondTask = UUID.fromString(retried.getBody().get("taskId").asString());
		ExtractionRequested request = (ExtractionRequested) events
			.await(ExtractionRequested.class, event -> event.taskId().equals(secondTask))
			.value();
		assertThat(request.attempt()).isEqualTo(2);
		assertThat(request.importId()).isNull();
		JsonNode profile = client.get(tenant, "/api/applicants/{id}", applicantId).getBody();
		assertThat(profile.get("currentVersion").asInt()).isEqualTo(2);
		assertThat(profile.get("extraction").get("status").asString()).isEqualTo("QUEUED");
		assertThat(profile.get("resumes")).hasSize(2);
		assertThat(profile.get("resumes").get(1).get("taskId").asString()).isEqualTo(secondTask.toString());

		send(new ExtractionCompleted(UUID.randomUUID(), tenant, Instant.now(), secondTask, applicantId,
				TaskKind.RESUME, 1, 1, result("Scanned Person", "scan@example.org", "Python")));
		UUID lateOld = UUID.randomUUID();
		// the first task's worker finally answers (it was retried after the failure): too late to count
		send(new ExtractionCompleted(lateOld, tenant, Instant.now(), firstTask, applicantId, TaskKind.RESUME, 1, 1,
				result("Stale Name", "stale@example.org", "Fortran")));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(processed(lateOld)).isTrue();
			JsonNode current = client.get(tenant, "/api/applicants/{id}", applicantId).getBody();
			assertThat(current.get("extraction").get("status").asString()).isEqualTo("COMPLETED");
			assertThat(current.get("name").asString()).isEqualTo("Scanned Person");
			assertThat(current.get("skills").get(0).get("name").asString()).isEqualTo("Python");
			assertThat(current.get("resumes").get(0).get("skillCount").asInt()).isZero();
		});
	}

	@Test
	void poisonRecordIsDeadLetteredAndCounted() throws Exception {
		double before = deadLetters();
		try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringSerializer(),
				new ByteArraySerializer())) {
			ProducerRecord<String, byte[]> poison = new ProducerRecord<>(Topics.EXTRACTION_EVENTS, "poison-" + tenant,
					"{not json".getBytes(StandardCharsets.UTF_8));
			poison.headers().add(EventTypes.HEADER, "ExtractionStarted.v1".getBytes(StandardCharsets.UTF_8));
			raw.send(poison).get();
		}

		try (RawProbe deadLettered = new RawProbe(bootstrapServers, Topics.deadLetter(Topics.EXTRACTION_EVENTS))) {
			ConsumerRecord<String, byte[]> record = deadLettered.await(key -> ("poison-" + tenant).equals(key));
			assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> deadLetters() > before);
	}

	@Test
	void metricsAreExposedForPrometheus() {
		importOne("metrics.pdf", "Metric Person", "metric@example.org");

		String scrape = new String(client.bytes(tenant, "/actuator/prometheus").getBody(), StandardCharsets.UTF_8);

		assertThat(scrape).contains("careers_records_imported_total{outcome=\"CREATED\",type=\"APPLICANTS\"}")
			.contains("careers_outbox_backlog")
			.contains("careers_outbox_oldest_age_seconds");
	}

	private double deadLetters() {
		var counter = meters.find("careers.dead.letters").tag("topic", Topics.EXTRACTION_EVENTS).counter();
		return counter == null ? 0 : counter.count();
	}

	private boolean processed(UUID eventId) {
		return jdbc.sql("SELECT count(*) FROM processed_events WHERE event_id = ?")
			.param(eventId)
			.query(Long.class)
			.single() == 1;
	}

	private Imported importOne(String fileName, String name, String email) {
		String importId = client.openApplicantImport(tenant);
		JsonNode result = client
			.upload(tenant, importId, List.of(new NamedFile(fileName, TestPdfs.resume(name, email, List.of("Java")))))
			.getBody()
			.get("results")
			.get(0);
		return new Imported(importId, result.get("recordId").asString(), result.get("taskId").asString());
	}

	private void send(CareersEvent event) {
		try {
			worker.send(new ProducerRecord<>(Topics.EXTRACTION_EVENTS, event.key(), event)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ExtractionResult result(String name, String email, String skill) {
		return new ExtractionResult("test-1",
				List.of(new SkillMatch("skill:" + skill, skill, "hard", "language", "Skills: " + skill, 10,
						10 + skill.length(), "skills", 0.9, skill)),
				new ContactDetails(name, email, "+1 555 010 2030", List.of("https://github.com/example")), null, 1,
				400, false, null, 120);
	}

	private static void assertWire(ConsumerRecord<String, CareersEvent> record, String topic, String key,
			String typeId) {
		assertThat(record.topic()).isEqualTo(topic);
		assertThat(record.key()).isEqualTo(key);
		assertThat(new String(record.headers().lastHeader(EventTypes.HEADER).value(), StandardCharsets.UTF_8))
			.isEqualTo(typeId);
	}

	record Imported(String importId, String applicantId, String taskId) {
	}

}

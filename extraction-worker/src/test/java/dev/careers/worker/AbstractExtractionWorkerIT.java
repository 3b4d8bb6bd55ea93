package dev.careers.worker;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.client.RestClient;

import dev.careers.events.CareersEvent;
import dev.careers.events.EventSerde;
import dev.careers.events.EventTypes;
import dev.careers.events.ExtractionCompleted;
import dev.careers.events.ExtractionEvent;
import dev.careers.events.ExtractionFailed;
import dev.careers.events.ExtractionProgressed;
import dev.careers.events.ExtractionRequested;
import dev.careers.events.ExtractionStarted;
import dev.careers.events.FailureCode;
import dev.careers.events.SkillMatch;
import dev.careers.events.TaskKind;
import dev.careers.events.Topics;
import dev.careers.support.documents.DocumentKey;
import dev.careers.support.documents.DocumentStore;
import dev.careers.support.tenancy.TenantId;
import dev.careers.testsupport.HostilePdfs;
import dev.careers.testsupport.TestPdfs;
import dev.careers.worker.word.WordDocuments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The worker on a real broker: requests in on {@code extraction.requests}, events out on
 * {@code extraction.events}, stored content read from the document store (a directory, as on one
 * machine), employer pages fetched over HTTP from a server on loopback.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "careers.worker.content.retries=2", "careers.worker.content.retry-delay=50ms",
				"careers.worker.tasks.retries=1", "careers.worker.tasks.retry-delay=50ms",
				"careers.worker.pdf.timeout=30s", "spring.kafka.listener.concurrency=2",
				"careers.documents.directory=target/documents",
				// every page reported, so a one-page test resume shows its progress events
				"careers.worker.tasks.progress-interval=0ms",
				// the employer pages below are served on loopback
				"careers.fetch.allowed-hosts=127.0.0.1" })
// its consumers leave with the class: the concurrency IT's threads must hold every partition of the group
@DirtiesContext
abstract class AbstractExtractionWorkerIT {

	private static final Duration WITHIN = Duration.ofSeconds(60);

	private static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final byte[] RESUME = TestPdfs.resume("Jane Doe", "jane.doe@example.com",
			List.of("Java", "Apache Kafka", "PostgreSQL", "Docker"));

	private static PageServer pages;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Autowired
	DocumentStore store;

	private final String tenant = "tenant-" + UUID.randomUUID();

	private TopicRecords<CareersEvent> events;

	private TopicRecords<byte[]> deadLetters;

	private long taskNumbers;

	@BeforeAll
	static void startPageServer() {
		pages = PageServer.start();
	}

	@AfterAll
	static void stopPageServer() {
		pages.close();
	}

	@BeforeEach
	void watchTopics() {
		events = new TopicRecords<>(bootstrapServers, Topics.EXTRACTION_EVENTS, EventSerde.deserializer());
		deadLetters = new TopicRecords<>(bootstrapServers, Topics.deadLetter(Topics.EXTRACTION_REQUESTS),
				new ByteArrayDeserializer());
	}

	@AfterEach
	void stopWatching() throws InterruptedException {
		events.close();
		deadLetters.close();
	}

	@Test
	void aResumeIsStartedProgressedAndCompletedWithItsSkills() {
		ExtractionRequested request = request(TaskKind.RESUME, 1,
				stored(RESUME), "application/pdf");

		publish(request);

		List<ExtractionEvent> taskEvents = awaitResult(request.taskId());
		assertThat(taskEvents.get(0)).isInstanceOf(ExtractionStarted.class);
		assertThat(taskEvents).filteredOn(ExtractionProgressed.class::isInstance)
			.isNotEmpty()
			.allSatisfy(event -> assertThat(((ExtractionProgressed) event).progress()).isBetween(0.0, 1.0));
		ExtractionCompleted completed = (ExtractionCompleted) taskEvents.get(taskEvents.size() - 1);
		assertThat(completed.itemsSucceeded()).isEqualTo(1);
		assertThat(completed.result().skills()).extracting(SkillMatch::name).contains("Java", "PostgreSQL");
		assertThat(completed.result().contact().email()).isEqualTo("jane.doe@example.com");
		assertThat(completed.result().pages()).isEqualTo(1);
		assertThat(completed.result().taxonomyVersion()).isNotBlank();
		assertThat(prometheus()).contains("careers_extraction_tasks_total", "careers_extraction_duration_seconds_bucket",
				"careers_extraction_in_flight");
	}

	@Test
	void aPasswordProtectedResumeFailsSayingWhatToDo() {
		byte[] locked = HostilePdfs.userPasswordProtected(RESUME, "secret");
		ExtractionRequested first = request(TaskKind.RESUME, 1,
				stored(locked), "application/pdf");
		ExtractionRequested second = request(TaskKind.RESUME, 2,
				stored(locked), "application/pdf");

		publish(first);
		publish(second);

		ExtractionFailed failed = (ExtractionFailed) last(awaitResult(first.taskId()));
		assertThat(failed.code()).isEqualTo(FailureCode.PASSWORD_PROTECTED);
		assertThat(failed.message()).isEqualTo(FailureCode.PASSWORD_PROTECTED.message());
		assertThat(failed.hint()).isEqualTo(FailureCode.PASSWORD_PROTECTED.hint());
		ExtractionFailed failedAgain = (ExtractionFailed) last(awaitResult(second.taskId()));
		assertThat(failedAgain.hint()).contains("Contact support", "Task " + second.taskNumber());
	}

	@Test
	void aWordResumeIsExtractedWithSkillsAndContactDetails() {
		byte[] docx = WordDocuments.withTablesHeadersAndFooters("Jane Doe | jane.doe@example.com",
				List.of(List.of("Skills", "Java, Apache Kafka, PostgreSQL, Docker")), "Page 1");
		ExtractionRequested request = request(TaskKind.RESUME, 1,
				stored(docx), WORD);

		publish(request);

		ExtractionCompleted completed = (ExtractionCompleted) last(awaitResult(request.taskId()));
		assertThat(completed.result().skills()).extracting(SkillMatch::name).contains("Java", "PostgreSQL", "Docker");
		assertThat(completed.result().contact().email()).isEqualTo("jane.doe@example.com");
		assertThat(completed.result().pages()).isEqualTo(1);
	}

	@Test
	void aPasswordProtectedWordResumeFailsAsPasswordProtected() {
		byte[] locked = WordDocuments.encrypted(WordDocuments.plain("Jane Doe", "Java and PostgreSQL"), "secret");
		ExtractionRequested request = request(TaskKind.RESUME, 1,
				stored(locked), WORD);

		publish(request);

		List<ExtractionEvent> taskEvents = awaitResult(request.taskId());
		assertThat(((ExtractionFailed) last(taskEvents)).code()).isEqualTo(FailureCode.PASSWORD_PROTECTED);
		// refused long before started-after (500 ms): nobody could have watched it run, so no Started
		assertThat(taskEvents).hasSize(1);
	}

	@Test
	void aPlainTextResumeIsExtractedWithSkillsAndContactDetails() {
		String resume = "Jane Doe\njane.doe@example.com | +1 415 555 0100\nSkills: Java, Apache Kafka, PostgreSQL\n";
		ExtractionRequested request = request(TaskKind.RESUME, 1, stored(resume.getBytes(StandardCharsets.UTF_8)), "text/plain");

		publish(request);

		ExtractionCompleted completed = (ExtractionCompleted) last(awaitResult(request.taskId()));
		assertThat(completed.result().skills()).extracting(SkillMatch::name).contains("Java", "PostgreSQL");
		assertThat(completed.result().contact().email()).isEqualTo("jane.doe@example.com");
	}

	@Test
	void aKeyWithoutAnObjectEndsAsContentUnavailable() {
		String neverStored = tenant + "/" + "0".repeat(64);
		ExtractionRequested request = request(TaskKind.RESUME, 1, neverStored, "application/pdf");

		publish(request);

		assertThat(((ExtractionFailed) last(awaitResult(request.taskId()))).code())
			.isEqualTo(FailureCode.CONTENT_UNAVAILABLE);
	}

	@Test
	void anEditedJobDescriptionAsPlainTextYieldsSkillsOnly() {
		String description = "Senior Backend Engineer. You will build services in Java with PostgreSQL and Docker.";
		ExtractionRequested request = request(TaskKind.JOB_DESCRIPTION, 1,
				stored(description.getBytes(StandardCharsets.UTF_8)),
				"text/plain");

		publish(request);

		ExtractionCompleted completed = (ExtractionCompleted) last(awaitResult(request.taskId()));
		assertThat(completed.result().skills()).extracting(SkillMatch::name).contains("Java", "PostgreSQL");
		assertThat(completed.result().posting()).isNull();
		assertThat(completed.result().contact()).isNull();
	}

	@Test
	void aPostingUrlOnAPrivateAddressFailsAsBlocked() {
		ExtractionRequested request = new ExtractionRequested(UUID.randomUUID(), tenant, Instant.now(),
				UUID.randomUUID(), ++taskNumbers, UUID.randomUUID(), TaskKind.JOB_DESCRIPTION, 1, null,
				"http://10.0.0.8/jobs/1", null, null, "http://10.0.0.8/jobs/1");

		publish(request);

		assertThat(((ExtractionFailed) last(awaitResult(request.taskId()))).code())
			.isEqualTo(FailureCode.BLOCKED_ADDRESS);
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {
			"en-title-only.html; Clinical Research Associate; Perform site qualification, initiation, monitoring",
			"da-labelled.html; Driftsplanlægger til vores operationscenter; Planlægning af havneanløb",
			"de-labelled.html; Wissenschaftliche*r Mitarbeiter*in Maschinelles Lernen; Implementierung und Evaluation",
			"og-title.html; Lagerchef, centrallager Göteborg; Leda och utveckla lagrets arbetsledare" })
	void anEmployerPageWithoutStructuredDataYieldsItsTitleAndDescription(String page, String title, String duty) {
		ExtractionRequested request = postingRequest(pages.serve("page-" + UUID.randomUUID() + ".html",
				"text/html; charset=utf-8", employerPage(page)));

		publish(request);

		ExtractionCompleted completed = (ExtractionCompleted) last(awaitResult(request.taskId()));
		assertThat(completed.result().posting().title()).isEqualTo(title);
		assertThat(completed.result().posting().description()).contains(duty);
		assertThat(completed.result().posting().parsedBy()).isEqualTo("heuristic");
	}

	@Test
	void anApplicationShellFailsAsNeedingJavaScriptSayingWhatToDo() {
		ExtractionRequested request = postingRequest(pages.serve("shell-" + UUID.randomUUID() + ".html",
				"text/html; charset=utf-8", employerPage("workday-shell.html")));

		publish(request);

		ExtractionFailed failed = (ExtractionFailed) last(awaitResult(request.taskId()));
		assertThat(failed.code()).isEqualTo(FailureCode.NEEDS_JAVASCRIPT);
		assertThat(failed.message()).isEqualTo(FailureCode.NEEDS_JAVASCRIPT.message());
		assertThat(failed.hint()).isEqualTo(FailureCode.NEEDS_JAVASCRIPT.hint()).contains("paste its text", "PDF");
	}

	@Test
	void unreadableRecordsAreDeadLetteredCountedAndTheirTasksFailed() {
		double before = deadLettered();
		UUID recordId = UUID.randomUUID();
		ExtractionRequested readableButUnknownType = request(TaskKind.RESUME, 1, stored(RESUME), "application/pdf");
		byte[] json = EventSerde.jsonMapper().writeValueAsBytes(readableButUnknownType);

		publishRaw(recordId.toString(), "{\"not json".getBytes(StandardCharsets.UTF_8), null);
		publishRaw(readableButUnknownType.key(), json, "ExtractionRequested.v99");

		await().atMost(WITHIN).untilAsserted(() -> assertThat(deadLetters.records())
			.extracting(ConsumerRecord::key)
			.contains(recordId.toString(), readableButUnknownType.key()));
		await().atMost(WITHIN).untilAsserted(() -> assertThat(deadLettered()).isEqualTo(before + 2));
		ExtractionFailed failed = (ExtractionFailed) last(awaitResult(readableButUnknownType.taskId()));
		assertThat(failed.code()).isEqualTo(FailureCode.CONTENT_UNAVAILABLE);
		assertThat(prometheus()).contains("careers_dead_letters_total{application=\"extraction-worker\",topic=\"extraction.requests\"}");
	}

	@Test
	void aRedeliveredRequestForAFinishedTaskProducesNoSecondResult() {
		String key = stored(RESUME);
		ExtractionRequested request = request(TaskKind.RESUME, 1, key, "application/pdf");
		publish(request);
		awaitResult(request.taskId());

		publish(request);
		// same record key, same partition: once this later task is done, the duplicate has been consumed
		ExtractionRequested later = new ExtractionRequested(UUID.randomUUID(), tenant, Instant.now(),
				UUID.randomUUID(), ++taskNumbers, request.recordId(), TaskKind.RESUME, 2, null, "later.pdf", null,
				"application/pdf", null, key);
		publish(later);
		awaitResult(later.taskId());

		assertThat(eventsOf(request.taskId())).filteredOn(AbstractExtractionWorkerIT::isResult).hasSize(1);
		assertThat(eventsOf(request.taskId())).filteredOn(ExtractionStarted.class::isInstance).hasSize(1);
	}

	private ExtractionRequested request(TaskKind kind, int attempt, String contentKey, String contentType) {
		return new ExtractionRequested(UUID.randomUUID(), tenant, Instant.now(), UUID.randomUUID(), ++taskNumbers,
				UUID.randomUUID(), kind, attempt, UUID.randomUUID(), "document-" + taskNumbers, null, contentType,
				null, contentKey);
	}

	/** Stores {@code content} as import-service does, and answers its key. */
	private String stored(byte[] content) {
		DocumentKey key = DocumentKey.of(new TenantId(tenant), content);
		try {
			store.put(key, content.length, new ByteArrayInputStream(content));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return key.value();
	}

	private ExtractionRequested postingRequest(String postingUrl) {
		return new ExtractionRequested(UUID.randomUUID(), tenant, Instant.now(), UUID.randomUUID(), ++taskNumbers,
				UUID.randomUUID(), TaskKind.JOB_DESCRIPTION, 1, null, postingUrl, null, null, postingUrl);
	}

	/** A page of {@code webpage/main-content/}: employer pages without structured data, written for the tests. */
	private static byte[] employerPage(String name) {
		try (InputStream page = AbstractExtractionWorkerIT.class.getResourceAsStream("/webpage/main-content/" + name)) {
			return page.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void publish(ExtractionRequested request) {
		try (KafkaProducer<String, CareersEvent> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringSerializer(),
				EventSerde.serializer())) {
			producer.send(new ProducerRecord<>(Topics.EXTRACTION_REQUESTS, request.key(), request));
		}
	}

	private void publishRaw(String key, byte[] value, String typeId) {
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringSerializer(),
				new ByteArraySerializer())) {
			ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.EXTRACTION_REQUESTS, key, value);
			if (typeId != null) {
				record.headers().add(EventTypes.HEADER, typeId.getBytes(StandardCharsets.UTF_8));
			}
			producer.send(record);
		}
	}

	private List<ExtractionEvent> awaitResult(UUID taskId) {
		await().atMost(WITHIN).until(() -> eventsOf(taskId).stream().anyMatch(AbstractExtractionWorkerIT::isResult));
		return eventsOf(taskId);
	}

	private List<ExtractionEvent> eventsOf(UUID taskId) {
		return events.records()
			.stream()
			.map(ConsumerRecord::value)
			.filter(ExtractionEvent.class::isInstance)
			.map(ExtractionEvent.class::cast)
			.filter(event -> event.taskId().equals(taskId))
			.toList();
	}

	private static boolean isResult(ExtractionEvent event) {
		return event instanceof ExtractionCompleted || event instanceof ExtractionFailed;
	}

	private static ExtractionEvent last(List<ExtractionEvent> events) {
		return events.get(events.size() - 1);
	}

	private double deadLettered() {
		Counter counter = meters.find("careers.dead.letters").tag("topic", Topics.EXTRACTION_REQUESTS).counter();
		return counter == null ? 0 : counter.count();
	}

	private String prometheus() {
		return RestClient.create("http://localhost:" + port).get().uri("/actuator/prometheus").retrieve().body(String.class);
	}

}

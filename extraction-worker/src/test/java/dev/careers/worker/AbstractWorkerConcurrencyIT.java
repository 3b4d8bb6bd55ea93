package dev.careers.worker;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.test.annotation.DirtiesContext;

import dev.careers.events.CareersEvent;
import dev.careers.events.EventSerde;
import dev.careers.events.ExtractionCompleted;
import dev.careers.events.ExtractionRequested;
import dev.careers.events.TaskKind;
import dev.careers.events.Topics;
import dev.careers.support.documents.DirectoryDocumentStore;
import dev.careers.support.documents.DocumentKey;
import dev.careers.support.tenancy.TenantId;
import dev.careers.testsupport.TestPdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One worker process running eight consumer threads per lane on 48 partitions (ADR 22): eight tasks of one
 * import in hand at once, more than the six partitions that once capped the whole cluster; and the bulk lane
 * held back while the interactive lane has a record in hand, then on every thread once it is idle. A gate in the
 * document store holds the reads, so what is in hand can be counted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.kafka.listener.concurrency=" + AbstractWorkerConcurrencyIT.THREADS,
				"careers.topics.extraction-requests-partitions=" + AbstractWorkerConcurrencyIT.PARTITIONS })
// its own consumers only: another class's cached worker in the same group would take partitions from these
@DirtiesContext
@Import(AbstractWorkerConcurrencyIT.Gate.class)
abstract class AbstractWorkerConcurrencyIT {

	static final int THREADS = 8;

	static final int PARTITIONS = 48;

	private static final Duration WITHIN = Duration.ofSeconds(90);

	private static final byte[] RESUME = TestPdfs.resume("Jane Doe", "jane.doe@example.com",
			List.of("Java", "Apache Kafka", "PostgreSQL"));

	@TestConfiguration
	static class Gate {

		@Bean
		GatedDocumentStore gatedDocumentStore() throws IOException {
			return new GatedDocumentStore(new DirectoryDocumentStore(Path.of("target/documents")));
		}

	}

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	@Autowired
	GatedDocumentStore gate;

	@Autowired
	KafkaListenerEndpointRegistry containers;

	@Autowired
	MeterRegistry meters;

	private final String tenant = "gated-" + UUID.randomUUID();

	private final String otherTenant = "gated-other-" + UUID.randomUUID();

	private TopicRecords<CareersEvent> events;

	private KafkaProducer<String, CareersEvent> producer;

	@BeforeEach
	void connect() {
		events = new TopicRecords<>(bootstrapServers, Topics.EXTRACTION_EVENTS, EventSerde.deserializer());
		producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
				new StringSerializer(), EventSerde.serializer());
		// every thread of both lanes holds its partitions before a record arrives: a thread blocked at the gate
		// would hold up a rebalance still under way
		await().atMost(WITHIN).untilAsserted(() -> {
			assertEveryThreadHasPartitions("extraction-requests");
			assertEveryThreadHasPartitions("extraction-requests-bulk");
		});
	}

	@AfterEach
	void disconnect() throws InterruptedException {
		gate.release(tenant);
		gate.release(otherTenant);
		producer.close();
		events.close();
	}

	@Test
	void eightThreadsWorkOnEightTasksOfOneImportAtOnce() {
		gate.hold(tenant);
		List<ExtractionRequested> requests = onePerPartition(Topics.EXTRACTION_REQUESTS);

		await().atMost(WITHIN).until(() -> gate.waiting(tenant) == THREADS);
		// a thread per partition group: no more than the threads, and the worker counts as many in flight
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
			.until(() -> gate.waiting(tenant) == THREADS);
		assertThat(meters.get("careers.extraction.in.flight").gauge().value()).isEqualTo(THREADS);
		System.out.printf("%d tasks of one import in flight at once on %d threads of one worker, %d partitions%n",
				gate.waiting(tenant), THREADS, PARTITIONS);

		gate.release(tenant);

		awaitCompleted(requests);
	}

	@Test
	void theBulkLaneWaitsWhileInteractiveWorkIsInHandThenTakesEveryThread() {
		gate.hold(otherTenant);
		gate.hold(tenant);
		ExtractionRequested small = request(otherTenant, UUID.randomUUID(), stored(otherTenant), 1);
		send(Topics.EXTRACTION_REQUESTS, 0, small);
		await().atMost(WITHIN).until(() -> gate.waiting(otherTenant) == 1);
		List<ExtractionRequested> burst = onePerPartition(Topics.EXTRACTION_REQUESTS_BULK);

		// the interactive record is in hand: no bulk record starts (none reads its document)
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> gate.waiting(tenant) == 0);
		assertThat(bulk().isPauseRequested()).as("the bulk container is never paused").isFalse();

		gate.release(otherTenant);
		awaitCompleted(List.of(small));

		// the interactive lane idle: the burst on every thread
		await().atMost(WITHIN).until(() -> gate.waiting(tenant) == THREADS);
		gate.release(tenant);
		awaitCompleted(burst);
	}

	private void assertEveryThreadHasPartitions(String containerId) {
		Map<String, Collection<TopicPartition>> assignments = ((ConcurrentMessageListenerContainer<?, ?>) containers
			.getListenerContainer(containerId)).getAssignmentsByClientId();
		assertThat(assignments).hasSize(THREADS).allSatisfy((client, partitions) -> assertThat(partitions).isNotEmpty());
		assertThat(assignments.values().stream().mapToInt(Collection::size).sum()).isEqualTo(PARTITIONS);
	}

	private ConcurrentMessageListenerContainer<?, ?> bulk() {
		return (ConcurrentMessageListenerContainer<?, ?>) containers.getListenerContainer("extraction-requests-bulk");
	}

	private void awaitCompleted(List<ExtractionRequested> requests) {
		Set<UUID> expected = requests.stream().map(ExtractionRequested::taskId).collect(Collectors.toSet());
		await().atMost(WITHIN).untilAsserted(() -> assertThat(events.records()
			.stream()
			.map(ConsumerRecord::value)
			.filter(ExtractionCompleted.class::isInstance)
			.map(event -> ((ExtractionCompleted) event).taskId())
			.filter(expected::contains)
			.collect(Collectors.toSet())).hasSize(expected.size()));
	}

	private static ExtractionRequested request(String tenant, UUID importId, String key, long number) {
		return new ExtractionRequested(UUID.randomUUID(), tenant, Instant.now(), UUID.randomUUID(), number,
				UUID.randomUUID(), TaskKind.RESUME, 1, importId, "resume-" + number + ".pdf", null, "application/pdf",
				null, key);
	}

	/** One request of one import of the tenant's on each partition of {@code topic}, in partition order. */
	private List<ExtractionRequested> onePerPartition(String topic) {
		UUID importId = UUID.randomUUID();
		String key = stored(tenant);
		List<ExtractionRequested> requests = new ArrayList<>();
		for (int partition = 0; partition < PARTITIONS; partition++) {
			ExtractionRequested request = request(tenant, importId, key, partition + 1);
			requests.add(request);
			send(topic, partition, request);
		}
		return requests;
	}

	private String stored(String owner) {
		DocumentKey key = DocumentKey.of(new TenantId(owner), RESUME);
		try {
			gate.put(key, RESUME.length, new ByteArrayInputStream(RESUME));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return key.value();
	}

	private void send(String topic, int partition, ExtractionRequested request) {
		try {
			producer.send(new ProducerRecord<>(topic, partition, request.key(), request)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package dev.careers.support.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.careers.testsupport.EmbeddedInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.listener.DefaultErrorHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * On a real broker: a consumer has polled records past its committed offsets when its container
 * fails outside the listener (the records of that poll are then dropped); the error handler
 * rewinds every assigned partition, so the next polls read them again and none is skipped.
 */
class RewindingErrorHandlerIT {

	private static final Duration POLL = Duration.ofMillis(200);

	private final String bootstrapServers = EmbeddedInfrastructure.shared().kafkaBootstrapServers();

	private final String topic = "rewind-" + UUID.randomUUID();

	private final TopicPartition first = new TopicPartition(topic, 0);

	private final TopicPartition second = new TopicPartition(topic, 1);

	// records go nowhere: this test never fails a record
	private final DefaultErrorHandler handler = DeadLetters.errorHandler((record, failure) -> {
	}, new Retries(1, Duration.ofMillis(10)));

	private KafkaConsumer<String, String> consumer;

	@BeforeEach
	void aConsumerThatPolledPastItsCommittedOffsets() throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get();
		}
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringSerializer(),
				new StringSerializer())) {
			for (int record = 0; record < 3; record++) {
				producer.send(new ProducerRecord<>(topic, 0, null, "first-" + record));
			}
			for (int record = 0; record < 2; record++) {
				producer.send(new ProducerRecord<>(topic, 1, null, "second-" + record));
			}
		}
		consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, topic, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
		consumer.assign(List.of(first, second));
		assertThat(pollAll(5)).hasSize(5);
		// the first record of the first partition was processed and committed; the rest was polled only
		consumer.commitSync(Map.of(first, new OffsetAndMetadata(1)));
		assertThat(consumer.position(first)).isEqualTo(3);
		assertThat(consumer.position(second)).isEqualTo(2);
	}

	@AfterEach
	void close() {
		consumer.close();
	}

	@Test
	void aWakeupOutsideThePollRewindsEveryPartitionToItsCommittedOffset() {
		handler.handleOtherException(new WakeupException(), consumer, null, false);

		assertThat(consumer.position(first)).isEqualTo(1);
		assertThat(consumer.position(second)).isZero();
		assertThat(pollAll(4)).containsExactlyInAnyOrder("first-1", "first-2", "second-0", "second-1");
	}

	@Test
	void anyOtherFailureOutsideTheListenerRewindsTooAndIsStillReported() {
		assertThatIllegalStateException()
			.isThrownBy(() -> handler.handleOtherException(new IllegalArgumentException("commit failed"), consumer,
					null, false))
			.withMessageContaining("no record information");

		assertThat(consumer.position(first)).isEqualTo(1);
		assertThat(consumer.position(second)).isZero();
	}

	private List<String> pollAll(int expected) {
		List<String> values = new ArrayList<>();
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (values.size() < expected && System.nanoTime() < deadline) {
			for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
				values.add(record.value());
			}
		}
		return values;
	}

}

package dev.careers.worker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Everything published on one topic while a test runs, read by a consumer of its own on a
 * background thread.
 */
final class TopicRecords<V> implements AutoCloseable {

	private final List<ConsumerRecord<String, V>> records = new CopyOnWriteArrayList<>();

	private final KafkaConsumer<String, V> consumer;

	private final Thread poller;

	private volatile boolean running = true;

	TopicRecords(String bootstrapServers, String topic, Deserializer<V> values) {
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest"), new StringDeserializer(), values);
		consumer.subscribe(List.of(topic));
		this.poller = new Thread(this::poll, "probe-" + topic);
		poller.start();
	}

	List<ConsumerRecord<String, V>> records() {
		return new ArrayList<>(records);
	}

	private void poll() {
		try {
			while (running) {
				consumer.poll(Duration.ofMillis(100)).forEach(records::add);
			}
		}
		finally {
			consumer.close();
		}
	}

	@Override
	public void close() throws InterruptedException {
		running = false;
		poller.join();
	}

}

package dev.careers.importer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import dev.careers.events.CareersEvent;
import dev.careers.events.EventSerde;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;

/**
 * Reads topics from the beginning with the shared wire format, as any other service would, and
 * keeps one tenant's events.
 */
final class EventProbe implements AutoCloseable {

	private final KafkaConsumer<String, CareersEvent> consumer;

	private final String tenant;

	private final List<ConsumerRecord<String, CareersEvent>> seen = new ArrayList<>();

	EventProbe(String bootstrapServers, String tenant, String... topics) {
		this.tenant = tenant;
		JacksonJsonDeserializer<CareersEvent> deserializer = EventSerde.deserializer();
		// keep the type id header on the record, so tests can assert what travelled on the wire
		deserializer.setRemoveTypeHeaders(false);
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
				deserializer);
		consumer.subscribe(List.of(topics));
	}

	/** Waits for this tenant's first event of {@code type} that matches. */
	<T extends CareersEvent> ConsumerRecord<String, CareersEvent> await(Class<T> type, Predicate<T> matching) {
		return await(type, matching, Duration.ofSeconds(30));
	}

	<T extends CareersEvent> ConsumerRecord<String, CareersEvent> await(Class<T> type, Predicate<T> matching,
			Duration within) {
		return Awaitility.await().atMost(within).until(() -> {
			poll();
			return seen.stream()
				.filter(record -> type.isInstance(record.value()) && matching.test(type.cast(record.value())))
				.findFirst();
		}, found -> found.isPresent()).orElseThrow();
	}

	<T extends CareersEvent> List<T> all(Class<T> type) {
		poll();
		return seen.stream().map(ConsumerRecord::value).filter(type::isInstance).map(type::cast).toList();
	}

	private void poll() {
		for (ConsumerRecord<String, CareersEvent> record : consumer.poll(Duration.ofMillis(200))) {
			if (record.value() != null && tenant.equals(record.value().tenantId())) {
				seen.add(record);
			}
		}
	}

	@Override
	public void close() {
		consumer.close();
	}

}

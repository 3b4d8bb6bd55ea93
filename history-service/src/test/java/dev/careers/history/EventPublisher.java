package dev.careers.history;

import dev.careers.events.ApplicantEvent;
import java.util.List;
import java.util.Map;

import dev.careers.events.CareersEvent;
import dev.careers.events.EventSerde;
import dev.careers.events.ExtractionRequested;
import dev.careers.events.ImportEvent;
import dev.careers.events.Topics;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes events to the real broker as their producers do: on their topic, under their key. */
public final class EventPublisher implements AutoCloseable {

	private final KafkaProducer<String, CareersEvent> producer;

	public EventPublisher(String bootstrapServers) {
		this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(),
				EventSerde.serializer());
	}

	/** Sends these events in this order and waits until the broker has them all. */
	public void publish(List<? extends CareersEvent> events) {
		events.forEach(this::send);
		producer.flush();
	}

	public void publish(CareersEvent... events) {
		publish(List.of(events));
	}

	/** Sends without waiting; {@link #flush()} waits for everything sent so far. */
	public void send(CareersEvent event) {
		producer.send(new ProducerRecord<>(topicOf(event), event.key(), event));
	}

	public void flush() {
		producer.flush();
	}

	public static String topicOf(CareersEvent event) {
		if (event instanceof ImportEvent) {
			return Topics.IMPORT_EVENTS;
		}
		if (event instanceof ApplicantEvent) {
			return Topics.APPLICANT_EVENTS;
		}
		return event instanceof ExtractionRequested ? Topics.EXTRACTION_REQUESTS : Topics.EXTRACTION_EVENTS;
	}

	@Override
	public void close() {
		producer.close();
	}

}

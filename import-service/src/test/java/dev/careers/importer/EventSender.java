package dev.careers.importer;

import java.util.Map;

import dev.careers.events.CareersEvent;
import dev.careers.events.EventSerde;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends events as another service would, keyed and in the shared wire format, one at a time. */
final class EventSender implements AutoCloseable {

	private final KafkaProducer<String, CareersEvent> producer;

	EventSender(String bootstrapServers) {
		this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
				new StringSerializer(), EventSerde.serializer());
	}

	/** Returns once the broker has the event. */
	void send(String topic, CareersEvent event) {
		try {
			producer.send(new ProducerRecord<>(topic, event.key(), event)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not send " + event.getClass().getSimpleName(), ex);
		}
	}

	@Override
	public void close() {
		producer.close();
	}

}

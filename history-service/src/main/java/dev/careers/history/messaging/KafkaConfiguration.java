package dev.careers.history.messaging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.careers.events.CareersEvent;
import dev.careers.events.EventSerde;
import dev.careers.events.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The consumer side of Kafka: the one event wire format behind an error-handling deserializer, and
 * bounded retries after which a record goes to {@code <topic>-dlt}, counted in
 * {@code careers.dead.letters{topic}}.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

	private static final String[] CONSUMED = { Topics.IMPORT_EVENTS, Topics.EXTRACTION_REQUESTS,
			Topics.EXTRACTION_EVENTS, Topics.APPLICANT_EVENTS };

	@Bean
	DefaultKafkaConsumerFactoryCustomizer eventDeserializer() {
		return KafkaConfiguration::readEvents;
	}

	@SuppressWarnings("unchecked")
	private static void readEvents(DefaultKafkaConsumerFactory<?, ?> factory) {
		DefaultKafkaConsumerFactory<String, CareersEvent> events = (DefaultKafkaConsumerFactory<String, CareersEvent>) factory;
		events.setKeyDeserializer(new StringDeserializer());
		// an unreadable record reaches the listener as a null value instead of failing every poll
		events.setValueDeserializer(new ErrorHandlingDeserializer<>(EventSerde.deserializer()));
	}

	/** Dead letters are the raw bytes of an unreadable record, or the event that failed to project. */
	@Bean
	DefaultKafkaProducerFactoryCustomizer deadLetterSerializer() {
		return KafkaConfiguration::writeDeadLetters;
	}

	@SuppressWarnings("unchecked")
	private static void writeDeadLetters(DefaultKafkaProducerFactory<?, ?> factory) {
		DefaultKafkaProducerFactory<String, Object> deadLetters = (DefaultKafkaProducerFactory<String, Object>) factory;
		deadLetters.setKeySerializer(new StringSerializer());
		deadLetters.setValueSerializer(new DelegatingByTypeSerializer(
				Map.of(byte[].class, new ByteArraySerializer(), CareersEvent.class, EventSerde.serializer()), true));
	}

	@Bean
	KafkaAdmin.NewTopics deadLetterTopics() {
		NewTopic[] topics = new NewTopic[CONSUMED.length];
		for (int index = 0; index < CONSUMED.length; index++) {
			topics[index] = TopicBuilder.name(Topics.deadLetter(CONSUMED[index])).build();
		}
		return new KafkaAdmin.NewTopics(topics);
	}

	@Bean
	DefaultErrorHandler projectionErrorHandler(KafkaOperations<Object, Object> template, MeterRegistry registry,
			ConsumerProperties properties) {
		// partition -1: the broker's partitioner places it by key, whatever the dead-letter topic's size
		DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(template,
				(record, failure) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
		Map<String, Counter> counters = new ConcurrentHashMap<>();
		ExponentialBackOff backOff = new ExponentialBackOff(properties.retryInterval().toMillis(), 2);
		backOff.setMaxAttempts(properties.retryAttempts());
		DefaultErrorHandler handler = new DefaultErrorHandler((record, failure) -> {
			deadLetters.accept(record, failure);
			counters.computeIfAbsent(record.topic(), topic -> Counter.builder("careers.dead.letters")
				.description("Records sent to a dead-letter topic after their retries")
				.tag("topic", topic)
				.register(registry)).increment();
		}, backOff);
		handler.addNotRetryableExceptions(PoisonEventException.class);
		return handler;
	}

}

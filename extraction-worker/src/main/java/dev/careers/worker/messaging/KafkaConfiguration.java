package dev.careers.worker.messaging;

import java.util.Map;

import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;

import dev.careers.events.CareersEvent;
import dev.careers.events.EventSerde;
import dev.careers.events.Topics;
import dev.careers.worker.ExtractionFailure;

/**
 * Kafka for the worker: the one event wire format ({@link EventSerde}) behind an error-handling
 * deserializer; bounded retries with back-off for unexpected failures, none for deterministic ones,
 * then {@link PoisonRequests}; a stopping container finishes the record in hand.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

	/** The event streams keep every record: history-service rebuilds its read models by replaying them. */
	private static final String KEEP_FOREVER = "-1";

	@Bean
	DefaultKafkaConsumerFactoryCustomizer requestDeserializer() {
		return KafkaConfiguration::readEvents;
	}

	@SuppressWarnings("unchecked")
	private static void readEvents(DefaultKafkaConsumerFactory<?, ?> factory) {
		DefaultKafkaConsumerFactory<String, CareersEvent> events = (DefaultKafkaConsumerFactory<String, CareersEvent>) factory;
		events.setKeyDeserializer(new StringDeserializer());
		// an unreadable record reaches the error handler as a DeserializationException instead of failing every poll
		events.setValueDeserializer(new ErrorHandlingDeserializer<>(EventSerde.deserializer()));
	}

	/** Events in the one wire format; dead letters of unreadable records as their raw bytes. */
	@Bean
	DefaultKafkaProducerFactoryCustomizer eventSerializer() {
		return KafkaConfiguration::writeEvents;
	}

	@SuppressWarnings("unchecked")
	private static void writeEvents(DefaultKafkaProducerFactory<?, ?> factory) {
		DefaultKafkaProducerFactory<String, Object> events = (DefaultKafkaProducerFactory<String, Object>) factory;
		events.setKeySerializer(new StringSerializer());
		events.setValueSerializer(new DelegatingByTypeSerializer(
				Map.of(byte[].class, new ByteArraySerializer(), CareersEvent.class, EventSerde.serializer()), true));
	}

	@Bean
	DefaultErrorHandler requestErrorHandler(PoisonRequests poisonRequests, TaskProperties settings) {
		ExponentialBackOff backOff = new ExponentialBackOff(settings.retryDelay().toMillis(), 2);
		backOff.setMaxAttempts(settings.retries());
		DefaultErrorHandler handler = new DefaultErrorHandler(poisonRequests, backOff);
		// ExtractionFailure is handled as a Failed task before it could get here; should one escape, retrying is useless
		handler.addNotRetryableExceptions(UnexpectedEvent.class, ExtractionFailure.class);
		return handler;
	}

	@Bean
	KafkaAdmin.NewTopics extractionTopics(TopicProperties topics) {
		return new KafkaAdmin.NewTopics(
				TopicBuilder.name(Topics.EXTRACTION_REQUESTS)
					.partitions(topics.extractionRequestsPartitions())
					.replicas(topics.replicas())
					.config(TopicConfig.RETENTION_MS_CONFIG, KEEP_FOREVER)
					.build(),
				TopicBuilder.name(Topics.deadLetter(Topics.EXTRACTION_REQUESTS))
					.partitions(topics.extractionRequestsPartitions())
					.replicas(topics.replicas())
					.build(),
				TopicBuilder.name(Topics.EXTRACTION_EVENTS)
					.partitions(topics.extractionEventsPartitions())
					.replicas(topics.replicas())
					.config(TopicConfig.RETENTION_MS_CONFIG, KEEP_FOREVER)
					.build());
	}

}

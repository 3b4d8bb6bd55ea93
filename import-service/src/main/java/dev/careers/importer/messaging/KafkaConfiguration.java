package dev.careers.importer.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.careers.events.CareersEvent;
import dev.careers.events.EventSerde;
import dev.careers.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * One wire format for everything this service sends and reads: {@link EventSerde}. The producer
 * also carries dead letters, which are the poison record's raw bytes when it could not be read.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

	/** The event streams keep every record: history-service rebuilds its read models by replaying them. */
	private static final String KEEP_FOREVER = "-1";

	@Bean
	ProducerFactory<Object, Object> kafkaProducerFactory(KafkaProperties properties) {
		Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
		byType.put(byte[].class, new ByteArraySerializer());
		byType.put(CareersEvent.class, EventSerde.serializer());
		return new DefaultKafkaProducerFactory<>(properties.buildProducerProperties(), untyped(new StringSerializer()),
				untyped(new DelegatingByTypeSerializer(byType, true)));
	}

	@Bean
	KafkaTemplate<Object, Object> kafkaTemplate(ProducerFactory<Object, Object> producerFactory) {
		return new KafkaTemplate<>(producerFactory);
	}

	@Bean
	ConsumerFactory<Object, Object> kafkaConsumerFactory(KafkaProperties properties) {
		return new DefaultKafkaConsumerFactory<>(properties.buildConsumerProperties(),
				untyped(new ErrorHandlingDeserializer<>(new StringDeserializer())),
				untyped(new ErrorHandlingDeserializer<>(EventSerde.deserializer())));
	}

	/** Bounded retries with back-off, then the record goes to {@code <topic>-dlt} as it was. */
	@Bean
	CommonErrorHandler kafkaErrorHandler(KafkaTemplate<Object, Object> template, MeterRegistry meters) {
		DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(template,
				(record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
		ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
		backOff.setMaxAttempts(4);
		return new DefaultErrorHandler((record, exception) -> {
			deadLetters.accept(record, exception);
			meters.counter("careers.dead.letters", "topic", record.topic()).increment();
		}, backOff);
	}

	/** Spring's factories and templates are typed {@code <Object, Object>}; the delegates decide by type. */
	@SuppressWarnings("unchecked")
	private static <T> Serializer<T> untyped(Serializer<?> serializer) {
		return (Serializer<T>) serializer;
	}

	@SuppressWarnings("unchecked")
	private static <T> Deserializer<T> untyped(Deserializer<?> deserializer) {
		return (Deserializer<T>) deserializer;
	}

	@Bean
	NewTopic importEventsTopic(TopicsProperties topics) {
		return TopicBuilder.name(Topics.IMPORT_EVENTS)
			.partitions(topics.importEventsPartitions())
			.replicas(topics.replicas())
			.config(TopicConfig.RETENTION_MS_CONFIG, KEEP_FOREVER)
			.build();
	}

	@Bean
	NewTopic applicantEventsTopic(TopicsProperties topics) {
		return TopicBuilder.name(Topics.APPLICANT_EVENTS)
			.partitions(topics.applicantEventsPartitions())
			.replicas(topics.replicas())
			.config(TopicConfig.RETENTION_MS_CONFIG, KEEP_FOREVER)
			.build();
	}

	@Bean
	NewTopic extractionRequestsTopic(TopicsProperties topics) {
		return TopicBuilder.name(Topics.EXTRACTION_REQUESTS)
			.partitions(topics.extractionRequestsPartitions())
			.replicas(topics.replicas())
			.config(TopicConfig.RETENTION_MS_CONFIG, KEEP_FOREVER)
			.build();
	}

	@Bean
	NewTopic extractionEventsDeadLetterTopic(TopicsProperties topics) {
		return TopicBuilder.name(Topics.deadLetter(Topics.EXTRACTION_EVENTS)).partitions(1).replicas(topics.replicas()).build();
	}

}

package dev.careers.support.kafka;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

import dev.careers.events.CareersEvent;
import dev.careers.events.EventSerde;
import dev.careers.events.TopicPlan;

/**
 * One Kafka style for every service: String keys, the one event wire format ({@link EventSerde})
 * behind an error-handling deserializer, dead letters as the event or the unreadable record's raw
 * bytes, and the whole {@link TopicPlan}. A service states only its retries and what it does not
 * retry, through {@link DeadLetters}.
 */
@AutoConfiguration
@EnableConfigurationProperties(TopicProperties.class)
public class KafkaSupportAutoConfiguration {

	@Bean
	DefaultKafkaConsumerFactoryCustomizer eventDeserializer() {
		return KafkaSupportAutoConfiguration::readEvents;
	}

	@SuppressWarnings("unchecked")
	private static void readEvents(DefaultKafkaConsumerFactory<?, ?> factory) {
		DefaultKafkaConsumerFactory<String, CareersEvent> events = (DefaultKafkaConsumerFactory<String, CareersEvent>) factory;
		events.setKeyDeserializer(new StringDeserializer());
		// an unreadable record reaches the error handler as a DeserializationException instead of failing every poll
		events.setValueDeserializer(new ErrorHandlingDeserializer<>(EventSerde.deserializer()));
	}

	@Bean
	DefaultKafkaProducerFactoryCustomizer eventSerializer() {
		return KafkaSupportAutoConfiguration::writeEvents;
	}

	@SuppressWarnings("unchecked")
	private static void writeEvents(DefaultKafkaProducerFactory<?, ?> factory) {
		DefaultKafkaProducerFactory<String, Object> events = (DefaultKafkaProducerFactory<String, Object>) factory;
		events.setKeySerializer(new StringSerializer());
		events.setValueSerializer(new DelegatingByTypeSerializer(
				Map.of(byte[].class, new ByteArraySerializer(), CareersEvent.class, EventSerde.serializer()), true));
	}

	@Bean
	KafkaAdmin.NewTopics topicPlan(TopicProperties properties) {
		NewTopic[] topics = TopicPlan
			.topics(properties.importEventsPartitions(), properties.extractionRequestsPartitions(),
					properties.extractionEventsPartitions(), properties.applicantEventsPartitions())
			.stream()
			.map(topic -> TopicBuilder.name(topic.name())
				.partitions(topic.partitions())
				.replicas(properties.replicas())
				.configs(topic.configs())
				.build())
			.toArray(NewTopic[]::new);
		return new KafkaAdmin.NewTopics(topics);
	}

	@Bean
	DeadLetters deadLetters(KafkaOperations<Object, Object> kafka, MeterRegistry meters) {
		return new DeadLetters(kafka, meters);
	}

}

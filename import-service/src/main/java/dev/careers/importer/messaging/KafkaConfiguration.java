package dev.careers.importer.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.CommonErrorHandler;

import dev.careers.support.kafka.DeadLetters;

/**
 * What import-service's Kafka adds to the shared style (serde, topic plan, dead letters): its retries
 * of an extraction event that fails to apply.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

	@Bean
	CommonErrorHandler kafkaErrorHandler(DeadLetters deadLetters, ConsumerProperties consumer) {
		return deadLetters.errorHandler(consumer.retries());
	}

}

package dev.careers.history.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;

import dev.careers.support.kafka.DeadLetters;
import dev.careers.support.kafka.Retries;

/**
 * What history-service's Kafka adds to the shared style (serde, topic plan, dead letters): its
 * retries of a batch that fails to project, and none for an event that can never project.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

	@Bean
	DefaultErrorHandler projectionErrorHandler(DeadLetters deadLetters, ConsumerProperties properties) {
		return deadLetters.errorHandler(new Retries(properties.retryAttempts(), properties.retryInterval()),
				PoisonEventException.class);
	}

}

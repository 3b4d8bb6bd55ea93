package dev.careers.worker.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;

import dev.careers.support.kafka.DeadLetters;
import dev.careers.support.kafka.Retries;
import dev.careers.worker.ExtractionFailure;

/**
 * What the worker's Kafka adds to the shared style (serde, topic plan, dead letters): bounded
 * retries for unexpected failures, none for deterministic ones, then {@link PoisonRequests}, which
 * also ends the task as Failed.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

	@Bean
	DefaultErrorHandler requestErrorHandler(PoisonRequests poisonRequests, TaskProperties settings) {
		// ExtractionFailure is handled as a Failed task before it could get here; should one escape, retrying is useless
		return DeadLetters.errorHandler(poisonRequests, new Retries(settings.retries(), settings.retryDelay()),
				UnexpectedEvent.class, ExtractionFailure.class);
	}

}

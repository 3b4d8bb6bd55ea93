package dev.careers.history.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

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
		DefaultErrorHandler handler = deadLetters.errorHandler(
				new Retries(properties.retryAttempts(), properties.retryInterval()), PoisonEventException.class);
		// a batch refused during a rebuild is no failure: it waits, however long the rebuild takes
		handler.setBackOffFunction((record, failure) -> refusedDuringRebuild(failure)
				? new FixedBackOff(properties.rebuildWait().toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS) : null);
		return handler;
	}

	private static boolean refusedDuringRebuild(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ReadModelsRebuildingException) {
				return true;
			}
		}
		return false;
	}

}

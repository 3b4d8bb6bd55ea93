package dev.careers.importer.outbox;

import dev.careers.events.ApplicantEvent;
import dev.careers.events.CareersEvent;
import dev.careers.events.ExtractionFailed;
import dev.careers.events.ExtractionRequested;
import dev.careers.events.ImportEvent;
import dev.careers.events.Topics;
import dev.careers.importer.tasks.BulkExtractionRequested;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.support.CompletionMode;

/**
 * The transactional outbox is Spring Modulith's event publication registry: an event published
 * inside a transaction is stored with it and sent to Kafka after the commit, then deleted once
 * the broker acknowledged it. This routes every {@link CareersEvent} to its topic, keyed by
 * {@link CareersEvent#key()} so one aggregate's events share a partition.
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

	@Bean
	EventExternalizationConfiguration eventExternalization() {
		return EventExternalizationConfiguration.externalizing()
			.select(event -> event instanceof CareersEvent || event instanceof BulkExtractionRequested)
			.route(CareersEvent.class, event -> RoutingTarget.forTarget(topicOf(event)).andKey(event.key()))
			// the same ExtractionRequested on the bulk lane (ADR 22)
			.route(BulkExtractionRequested.class,
					bulk -> RoutingTarget.forTarget(Topics.EXTRACTION_REQUESTS_BULK).andKey(bulk.request().key()))
			.mapping(BulkExtractionRequested.class, BulkExtractionRequested::request)
			.build();
	}

	/**
	 * Batches the relay's writes (ADR 0021) where acknowledged publications are deleted, which is
	 * this service's completion mode.
	 */
	@Bean
	static BeanPostProcessor batchedOutboxCompletions(Environment environment) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof EventPublicationRepository repository && !(bean instanceof BatchedCompletions)
						&& CompletionMode.from(environment) == CompletionMode.DELETE) {
					Duration interval = environment.getProperty("careers.outbox.completion-flush-interval",
							Duration.class, OutboxProperties.DEFAULT_COMPLETION_FLUSH_INTERVAL);
					return new BatchedCompletions(repository, interval);
				}
				return bean;
			}

		};
	}

	static String topicOf(CareersEvent event) {
		if (event instanceof ImportEvent) {
			return Topics.IMPORT_EVENTS;
		}
		if (event instanceof ApplicantEvent) {
			return Topics.APPLICANT_EVENTS;
		}
		if (event instanceof ExtractionRequested) {
			return Topics.EXTRACTION_REQUESTS;
		}
		if (event instanceof ExtractionFailed) {
			// the stuck-task sweep ends a task no worker answered for
			return Topics.EXTRACTION_EVENTS;
		}
		throw new IllegalArgumentException("import-service does not publish " + event.getClass().getSimpleName());
	}

}

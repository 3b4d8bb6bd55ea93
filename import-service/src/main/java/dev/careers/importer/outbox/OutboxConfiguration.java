package dev.careers.importer.outbox;

import dev.careers.events.ApplicantEvent;
import dev.careers.events.CareersEvent;
import dev.careers.events.ExtractionFailed;
import dev.careers.events.ExtractionRequested;
import dev.careers.events.ImportEvent;
import dev.careers.events.Topics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

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
			.select(event -> event instanceof CareersEvent)
			.route(CareersEvent.class, event -> RoutingTarget.forTarget(topicOf(event)).andKey(event.key()))
			.build();
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

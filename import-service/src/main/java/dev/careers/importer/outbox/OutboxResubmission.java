package dev.careers.importer.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends again what the broker has not acknowledged while the service runs (Modulith itself retries
 * only on restart). Delivery is at least once: a publication resubmitted while its first send is
 * still in flight arrives twice, and every consumer dedupes by event id.
 */
@Component
class OutboxResubmission {

	private static final Logger log = LoggerFactory.getLogger(OutboxResubmission.class);

	private final IncompleteEventPublications publications;

	private final OutboxProperties properties;

	OutboxResubmission(IncompleteEventPublications publications, OutboxProperties properties) {
		this.publications = publications;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${careers.outbox.resubmit-interval:30s}",
			initialDelayString = "${careers.outbox.resubmit-interval:30s}")
	void resubmitStale() {
		try {
			publications.resubmitIncompletePublicationsOlderThan(properties.resubmitAfter());
		}
		catch (RuntimeException ex) {
			log.warn("Outbox resubmission failed; next try in {}", properties.resubmitInterval(), ex);
		}
	}

}

package dev.careers.importer.dedupe;

import java.time.Instant;

import dev.careers.support.dedupe.ProcessedEventIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code processed_events} (the ids of handled {@code extraction.events}) bounded: ids older
 * than the redelivery window are deleted. Every replica runs it; their deletes do not conflict.
 */
@Component
class ProcessedEventsPurge {

	private static final Logger log = LoggerFactory.getLogger(ProcessedEventsPurge.class);

	private final JdbcClient jdbc;

	private final DedupeProperties properties;

	ProcessedEventsPurge(JdbcClient jdbc, DedupeProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${careers.dedupe.purge-interval:10m}",
			initialDelayString = "${careers.dedupe.purge-interval:10m}")
	void purge() {
		long purged = ProcessedEventIds.purgeOlderThan(jdbc, Instant.now().minus(properties.retention()),
				properties.purgeChunk());
		if (purged > 0) {
			log.info("Purged {} handled event ids older than {}", purged, properties.retention());
		}
	}

}

package dev.careers.importer.dedupe;

import java.time.Instant;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code processed_events} (the ids of handled {@code extraction.events}) bounded: ids older
 * than the redelivery window are deleted, a chunk per statement. Every replica runs it; their
 * deletes do not conflict.
 */
@Component
class ProcessedEventsPurge {

	private static final Logger log = LoggerFactory.getLogger(ProcessedEventsPurge.class);

	private static final String DELETE_CHUNK = """
			DELETE FROM processed_events
			WHERE ctid = ANY(ARRAY(SELECT ctid FROM processed_events WHERE processed_at < :cutoff LIMIT :chunk))
			""";

	private final JdbcClient jdbc;

	private final DedupeProperties properties;

	ProcessedEventsPurge(JdbcClient jdbc, DedupeProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${careers.dedupe.purge-interval:10m}",
			initialDelayString = "${careers.dedupe.purge-interval:10m}")
	void purge() {
		Object cutoff = Instant.now().minus(properties.retention()).atOffset(ZoneOffset.UTC);
		long purged = 0;
		int deleted;
		do {
			deleted = jdbc.sql(DELETE_CHUNK).param("cutoff", cutoff).param("chunk", properties.purgeChunk()).update();
			purged += deleted;
		}
		while (deleted == properties.purgeChunk());
		if (purged > 0) {
			log.info("Purged {} handled event ids older than {}", purged, properties.retention());
		}
	}

}

package dev.careers.support.dedupe;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code processed_events (event_id, processed_at, ...)} table through which a service's
 * consumers skip an event they have applied: each service keeps one in its own schema, and purges
 * the ids past its redelivery window with this.
 */
public final class ProcessedEventIds {

	private static final String DELETE_CHUNK = """
			delete from processed_events
			where ctid = any(array(select ctid from processed_events where processed_at < :cutoff limit :chunk))
			""";

	private ProcessedEventIds() {
	}

	/**
	 * Deletes the ids applied before {@code cutoff}, {@code chunk} per statement (each its own
	 * transaction, so no purge holds one long transaction).
	 * @return how many were deleted
	 */
	public static long purgeOlderThan(JdbcClient jdbc, Instant cutoff, int chunk) {
		long purged = 0;
		int deleted;
		do {
			deleted = jdbc.sql(DELETE_CHUNK).param("cutoff", cutoff.atOffset(ZoneOffset.UTC)).param("chunk", chunk).update();
			purged += deleted;
		}
		while (deleted == chunk);
		return purged;
	}

}

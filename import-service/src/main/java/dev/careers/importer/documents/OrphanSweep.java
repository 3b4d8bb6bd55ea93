package dev.careers.importer.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dev.careers.support.documents.DocumentKey;
import dev.careers.support.documents.DocumentStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes objects of the document store that no row names once they are older than the grace
 * period: what an upload wrote before its transaction rolled back or its process died. An object
 * is named by a document ({@code tenant_id}, {@code sha256}) or a task ({@code content_key}).
 * Every instance may sweep; deleting twice is harmless. An object written again (the same content
 * uploaded anew) is younger than the grace period again, and its age is read once more just
 * before it goes. The partial writes of a process killed mid-write go after the same grace period
 * ({@link DocumentStore#removePartialWrites}). Counted in {@code careers.documents.orphans.removed}.
 */
@Component
class OrphanSweep {

	private static final Logger log = LoggerFactory.getLogger(OrphanSweep.class);

	/** Keys looked up in one query. */
	private static final int BATCH = 500;

	private final DocumentStore store;

	private final JdbcClient jdbc;

	private final OrphanProperties properties;

	private final Clock clock;

	private final Counter removed;

	OrphanSweep(DocumentStore store, JdbcClient jdbc, OrphanProperties properties, Clock clock, MeterRegistry meters) {
		this.store = store;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
		this.removed = Counter.builder("careers.documents.orphans.removed")
			.description("Objects of the document store that no row named, and partial writes, removed after the grace period")
			.register(meters);
	}

	@Scheduled(fixedDelayString = "${careers.documents.orphans.sweep-interval:10m}",
			initialDelayString = "${careers.documents.orphans.sweep-interval:10m}")
	void scheduledSweep() {
		try {
			sweep();
		}
		catch (RuntimeException | IOException ex) {
			log.warn("Orphan sweep of the document store failed, will try again: {}", ex.toString());
		}
	}

	/** @return how many objects and partial writes were removed */
	int sweep() throws IOException {
		Instant cutoff = clock.instant().minus(properties.gracePeriod());
		int count = 0;
		try (Stream<DocumentStore.StoredObject> objects = store.objects()) {
			Iterator<DocumentKey> old = objects.filter(object -> object.lastModified().isBefore(cutoff))
				.map(DocumentStore.StoredObject::key)
				.iterator();
			List<DocumentKey> batch = new ArrayList<>(BATCH);
			while (old.hasNext()) {
				batch.add(old.next());
				if (batch.size() == BATCH || !old.hasNext()) {
					count += removeUnnamed(batch, cutoff);
					batch.clear();
				}
			}
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		int partials = store.removePartialWrites(cutoff);
		removed.increment(partials);
		if (count + partials > 0) {
			log.info("Orphan sweep removed {} objects no row named and {} partial writes, older than {}", count,
					partials, properties.gracePeriod());
		}
		return count + partials;
	}

	private int removeUnnamed(List<DocumentKey> keys, Instant cutoff) throws IOException {
		Set<String> named = new HashSet<>(named(keys));
		int count = 0;
		for (DocumentKey key : keys) {
			if (!named.contains(key.value()) && stillOlderThan(key, cutoff)) {
				store.delete(key);
				removed.increment();
				count++;
			}
		}
		return count;
	}

	/** Re-read: an upload of the same content since the listing wrote the object anew. */
	private boolean stillOlderThan(DocumentKey key, Instant cutoff) throws IOException {
		return store.lastModified(key).map(lastModified -> lastModified.isBefore(cutoff)).orElse(false);
	}

	private List<String> named(List<DocumentKey> keys) {
		String[] tenants = keys.stream().map(key -> key.tenant().value()).toArray(String[]::new);
		String[] hashes = keys.stream().map(DocumentKey::sha256).toArray(String[]::new);
		String[] values = keys.stream().map(DocumentKey::value).toArray(String[]::new);
		return jdbc.sql("""
				SELECT k.tenant_id || '/' || k.sha256 FROM unnest(?::text[], ?::text[]) AS k (tenant_id, sha256)
				WHERE EXISTS (SELECT 1 FROM documents d WHERE d.tenant_id = k.tenant_id AND d.sha256 = k.sha256)
				UNION
				SELECT content_key FROM extraction_tasks WHERE content_key = ANY (?::text[])""")
			.params(tenants, hashes, values)
			.query(String.class)
			.list();
	}

}

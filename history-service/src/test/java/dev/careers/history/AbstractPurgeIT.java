package dev.careers.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.careers.events.CareersEvent;
import dev.careers.events.ImportType;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bounded state: applied event ids leave {@code processed_events} once past the redelivery window,
 * and only those; the stream's change log keeps the resume window and its latest entry.
 */
@TestPropertySource(properties = { "careers.history.dedupe.purge-interval=1s", "careers.history.stream.purge-interval=1s",
		"careers.history.stream.resume-window=3s" })
abstract class AbstractPurgeIT extends AbstractHistoryServiceIT {

	private static final Duration PURGED_WITHIN = Duration.ofSeconds(30);

	@Test
	void appliedEventIdsPastTheRedeliveryWindowArePurgedAndRecentOnesStillStopARedelivery() {
		String tenant = newTenant("purge");
		TestEvents events = new TestEvents(tenant);
		UUID importId = UUID.randomUUID();
		Instant at = Instant.now();
		List<CareersEvent> old = new ArrayList<>();
		old.add(events.importStarted(importId, ImportType.APPLICANTS, "old", at));
		for (int record = 0; record < 5; record++) {
			old.add(events.recordCreated(importId, UUID.randomUUID(), "old-" + record + ".pdf", null, at));
		}
		List<CareersEvent> recent = new ArrayList<>();
		for (int record = 0; record < 3; record++) {
			recent.add(events.recordCreated(importId, UUID.randomUUID(), "recent-" + record + ".pdf", null, at));
		}
		publishAndAwait(old);
		publishAndAwait(recent);
		// the old ones were applied eight days ago, past the default seven-day window
		jdbc.sql("update processed_events set processed_at = now() - interval '8 days' where event_id = any(:ids)")
			.param("ids", ids(old))
			.update();

		await().atMost(PURGED_WITHIN).until(() -> count(old) == 0);
		assertThat(count(recent)).isEqualTo(recent.size());

		// a redelivery of what is still in the window changes nothing
		publisher.publish(recent);
		publishAndAwait(events.recordSkipped(importId, UUID.randomUUID(), "marker.pdf", at));
		Map<String, Object> counts = jdbc.sql("select created, skipped from imports where tenant_id = :tenant")
			.param("tenant", tenant)
			.query()
			.singleRow();
		assertThat(counts).containsEntry("created", old.size() - 1 + recent.size()).containsEntry("skipped", 1);
	}

	@Test
	void theStreamChangeLogKeepsTheResumeWindowAndItsLatestEntry() {
		String tenant = newTenant("changelog");
		TestEvents events = new TestEvents(tenant);
		publishAndAwait(events.importStarted(UUID.randomUUID(), ImportType.JOBS, "first", Instant.now()));
		long firstEntry = jdbc.sql("select max(seq) from stream_changes where tenant_id = :tenant")
			.param("tenant", tenant)
			.query(Long.class)
			.single();

		await().atMost(PURGED_WITHIN)
			.until(() -> jdbc.sql("select count(*) from stream_changes where seq <= :seq")
				.param("seq", firstEntry)
				.query(Long.class)
				.single() <= 1);
		assertThat(jdbc.sql("select count(*) from stream_changes").query(Long.class).single()).isPositive();

		// a client resuming from before what was purged is asked to reload
		publishAndAwait(events.importStarted(UUID.randomUUID(), ImportType.JOBS, "second", Instant.now()));
		await().atMost(PURGED_WITHIN)
			.until(() -> jdbc.sql("select count(*) from stream_changes where seq <= :seq")
				.param("seq", firstEntry)
				.query(Long.class)
				.single() == 0);
		try (SseTestClient stream = SseTestClient.open(port, tenant, Long.toString(firstEntry - 1))) {
			await().atMost(PURGED_WITHIN).until(() -> !stream.events().isEmpty());
			assertThat(stream.events().get(0).name()).isEqualTo("reset");
		}
	}

	private long count(List<CareersEvent> events) {
		return jdbc.sql("select count(*) from processed_events where event_id = any(:ids)")
			.param("ids", ids(events))
			.query(Long.class)
			.single();
	}

	private static SqlArrayValue ids(List<CareersEvent> events) {
		return new SqlArrayValue("uuid", events.stream().map(CareersEvent::eventId).toArray());
	}

}

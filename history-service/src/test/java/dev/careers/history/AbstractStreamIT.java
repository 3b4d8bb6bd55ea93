package dev.careers.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.careers.events.CareersEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The live stream: per tenant, after commit, coalesced, resumable, kept open. */
abstract class AbstractStreamIT extends AbstractHistoryServiceIT {

	private static final Duration SEEN_WITHIN = Duration.ofSeconds(20);

	@Test
	void eachTenantSeesOnlyItsOwnChanges() {
		String acme = newTenant("acme");
		String globex = newTenant("globex");
		UUID acmeTask = UUID.randomUUID();
		UUID globexTask = UUID.randomUUID();
		try (SseTestClient acmeStream = connected(acme, null); SseTestClient globexStream = connected(globex, null)) {
			publisher.publish(lifecycle(new TestEvents(acme), acmeTask, 1));
			publisher.publish(lifecycle(new TestEvents(globex), globexTask, 1));

			await().atMost(SEEN_WITHIN).until(() -> completedSeen(acmeStream, acmeTask));
			await().atMost(SEEN_WITHIN).until(() -> completedSeen(globexStream, globexTask));
			assertThat(acmeStream.about(globexTask)).isEmpty();
			assertThat(globexStream.about(acmeTask)).isEmpty();
			assertThat(acmeStream.events()).allMatch(event -> event.data().contains(acmeTask.toString()));
		}
	}

	@Test
	void aBurstOfProgressBecomesAFewUpdates() {
		String tenant = newTenant("burst");
		UUID taskId = UUID.randomUUID();
		try (SseTestClient stream = connected(tenant, null)) {
			List<CareersEvent> events = lifecycle(new TestEvents(tenant), taskId, 200);
			publishAndAwait(events);

			await().atMost(SEEN_WITHIN).until(() -> completedSeen(stream, taskId));
			assertThat(stream.about(taskId)).hasSizeLessThan(events.size() / 10);
		}
	}

	@Test
	void aClientResumesAfterItsLastEventId() {
		String tenant = newTenant("resume");
		TestEvents events = new TestEvents(tenant);
		UUID seenTask = UUID.randomUUID();
		UUID missedTask = UUID.randomUUID();
		// a second client stays connected throughout: once it has seen a change, so has the log
		try (SseTestClient witness = connected(tenant, null)) {
			String lastEventId;
			try (SseTestClient first = connected(tenant, null)) {
				publisher.publish(lifecycle(events, seenTask, 1));
				await().atMost(SEEN_WITHIN).until(() -> completedSeen(first, seenTask));
				lastEventId = first.lastEventId();
			}
			publisher.publish(lifecycle(events, missedTask, 1));
			await().atMost(SEEN_WITHIN).until(() -> completedSeen(witness, missedTask));

			try (SseTestClient resumed = connected(tenant, lastEventId)) {
				await().atMost(SEEN_WITHIN).until(() -> completedSeen(resumed, missedTask));
				// nothing the first client saw is sent again; a later change of the seen task may be (its
				// record's event can reach the projection after its completion: another topic)
				long lastSeen = Long.parseLong(lastEventId);
				assertThat(resumed.about(seenTask)).allSatisfy(
						event -> assertThat(Long.parseLong(event.id())).as("event id").isGreaterThan(lastSeen));
			}
		}
	}

	@Test
	void anUnknownLastEventIdAsksTheClientToReload() {
		try (SseTestClient stream = connected(newTenant("reset"), "gone-42")) {
			await().atMost(SEEN_WITHIN).until(() -> !stream.events().isEmpty());
			assertThat(stream.events().get(0).name()).isEqualTo("reset");
		}
	}

	@Test
	void anIdleStreamGetsHeartbeats() {
		try (SseTestClient stream = connected(newTenant("idle"), null)) {
			await().atMost(SEEN_WITHIN).until(() -> stream.comments().contains("heartbeat"));
		}
	}

	@Test
	void aStreamWithoutTenantIsRefused() {
		assertThat(get(null, "/api/history/stream").getStatusCode().value()).isEqualTo(401);
	}

	private SseTestClient connected(String tenant, String lastEventId) {
		SseTestClient client = SseTestClient.open(port, tenant, lastEventId);
		await().atMost(SEEN_WITHIN).until(client::connected);
		return client;
	}

	private static boolean completedSeen(SseTestClient stream, UUID taskId) {
		return stream.about(taskId)
			.stream()
			.anyMatch(event -> event.name().equals("task") && event.data().contains("\"COMPLETED\""));
	}

	/** A resume task from request to completion, with this many progress reports in between. */
	private static List<CareersEvent> lifecycle(TestEvents events, UUID taskId, int progressReports) {
		UUID recordId = UUID.randomUUID();
		Instant at = Instant.now();
		List<CareersEvent> lifecycle = new ArrayList<>();
		lifecycle.add(events.requested(taskId, 1, recordId, null, 1, at));
		lifecycle.add(events.started(taskId, recordId, at.plusMillis(1)));
		for (int page = 1; page <= progressReports; page++) {
			lifecycle.add(events.progressed(taskId, recordId, page, progressReports + 1, at.plusMillis(1 + page)));
		}
		lifecycle.add(events.completed(taskId, recordId, at.plusMillis(2 + progressReports)));
		return lifecycle;
	}

}

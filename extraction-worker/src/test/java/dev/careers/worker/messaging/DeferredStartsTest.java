package dev.careers.worker.messaging;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DeferredStartsTest {

	private final DeferredStarts starts = new DeferredStarts();

	private final AtomicInteger announced = new AtomicInteger();

	@AfterEach
	void stopTimer() {
		starts.close();
	}

	@Test
	void aTaskStillRunningAfterTheDelayIsAnnouncedOnceByTheTimer() {
		starts.schedule(announced::incrementAndGet, Duration.ofMillis(50));

		await().atMost(Duration.ofSeconds(5)).until(() -> announced.get() == 1);
		await().during(Duration.ofMillis(200)).until(() -> announced.get() == 1);
	}

	@Test
	void aTaskDoneBeforeTheDelayIsNeverAnnounced() {
		DeferredStarts.Start start = starts.schedule(announced::incrementAndGet, Duration.ofMillis(100));

		start.drop();

		await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(1)).until(() -> announced.get() == 0);
	}

	@Test
	void aProgressReportAnnouncesAtOnceAndTheTimerAddsNothing() {
		DeferredStarts.Start start = starts.schedule(announced::incrementAndGet, Duration.ofMillis(100));

		start.announceNow();
		start.announceNow();

		assertThat(announced).hasValue(1);
		start.drop();
		await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> announced.get() == 1);
	}

	@Test
	void noDelayAnnouncesBeforeScheduleReturns() {
		starts.schedule(announced::incrementAndGet, Duration.ZERO).drop();

		assertThat(announced).hasValue(1);
	}

}

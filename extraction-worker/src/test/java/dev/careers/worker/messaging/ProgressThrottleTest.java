package dev.careers.worker.messaging;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressThrottleTest {

	private static final long MS = 1_000_000;

	private static final long STARTED = 7_000 * MS;

	private final ProgressThrottle throttle = new ProgressThrottle(Duration.ofMillis(500), STARTED);

	@Test
	void aTaskReadWithinTheIntervalReportsNoProgress() {
		assertThat(throttle.admit(0.5, STARTED + 20 * MS)).isFalse();
		assertThat(throttle.admit(1.0, STARTED + 40 * MS)).isFalse();
	}

	@Test
	void theFirstReportComesOneIntervalAfterTheStart() {
		assertThat(throttle.admit(0.1, STARTED + 499 * MS)).isFalse();
		assertThat(throttle.admit(0.2, STARTED + 500 * MS)).isTrue();
	}

	@Test
	void pagesWithinTheIntervalAreHeldBackUntilItPasses() {
		throttle.admit(0.1, STARTED + 500 * MS);

		assertThat(throttle.admit(0.2, STARTED + 600 * MS)).isFalse();
		assertThat(throttle.admit(0.3, STARTED + 999 * MS)).isFalse();
		assertThat(throttle.admit(0.4, STARTED + 1_000 * MS)).isTrue();
	}

	@Test
	void progressNeverMovesBack() {
		throttle.admit(0.8, STARTED + 500 * MS);

		assertThat(throttle.admit(0.2, STARTED + 10_000 * MS)).isFalse();
		assertThat(throttle.admit(0.8, STARTED + 20_000 * MS)).isFalse();
	}

	@Test
	void withNoIntervalEveryPageThatMovesForwardIsReported() {
		ProgressThrottle unthrottled = new ProgressThrottle(Duration.ZERO, STARTED);

		assertThat(unthrottled.admit(0.5, STARTED)).isTrue();
		assertThat(unthrottled.admit(1.0, STARTED)).isTrue();
	}

}

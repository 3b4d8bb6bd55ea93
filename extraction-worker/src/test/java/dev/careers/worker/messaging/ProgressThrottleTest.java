package dev.careers.worker.messaging;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressThrottleTest {

	private static final long MS = 1_000_000;

	private final ProgressThrottle throttle = new ProgressThrottle(Duration.ofMillis(500));

	@Test
	void theFirstPageIsAlwaysReported() {
		assertThat(throttle.admit(0.01, 0)).isTrue();
	}

	@Test
	void pagesWithinTheIntervalAreHeldBackUntilItPasses() {
		throttle.admit(0.1, 0);

		assertThat(throttle.admit(0.2, 100 * MS)).isFalse();
		assertThat(throttle.admit(0.3, 499 * MS)).isFalse();
		assertThat(throttle.admit(0.4, 500 * MS)).isTrue();
	}

	@Test
	void theLastPageIsAlwaysReported() {
		throttle.admit(0.5, 0);

		assertThat(throttle.admit(1.0, 1 * MS)).isTrue();
	}

	@Test
	void progressNeverMovesBack() {
		throttle.admit(0.8, 0);

		assertThat(throttle.admit(0.2, 10_000 * MS)).isFalse();
		assertThat(throttle.admit(0.8, 20_000 * MS)).isFalse();
	}

}

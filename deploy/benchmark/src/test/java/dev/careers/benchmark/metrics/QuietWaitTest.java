package dev.careers.benchmark.metrics;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuietWaitTest {

	@Test
	void anIdleProcessIsQuietAtTheFirstWindow() throws Exception {
		Process sleeping = new ProcessBuilder("sleep", "30").start();
		try {
			QuietWait wait = new QuietWait(sampler(sleeping), Duration.ofMillis(500));

			assertThat(wait.await(0.25, Duration.ofSeconds(30))).isLessThanOrEqualTo(0.25);
		}
		finally {
			sleeping.destroyForcibly();
		}
	}

	@Test
	void aBusyProcessIsNotAndTheWaitEndsAtItsTimeout() throws Exception {
		Process spinning = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
		try {
			QuietWait wait = new QuietWait(sampler(spinning), Duration.ofMillis(500));
			long started = System.nanoTime();

			double cores = wait.await(0.25, Duration.ofSeconds(2));

			assertThat(cores).isGreaterThan(0.25);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(10));
		}
		finally {
			spinning.destroyForcibly();
		}
	}

	private static ProcessSampler sampler(Process process) {
		return new ProcessSampler(List.of(new ProcessSampler.Watched("child", process.pid())));
	}

}

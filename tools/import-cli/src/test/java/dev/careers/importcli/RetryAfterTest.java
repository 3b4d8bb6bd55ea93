package dev.careers.importcli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTest {

	private static final Instant NOW = Instant.parse("2026-12-04T15:00:00Z");

	private final RetryAfter retryAfter = new RetryAfter(Duration.ofMillis(200), Duration.ofSeconds(2),
			Duration.ofMinutes(2), Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void readsDelaySeconds() {
		assertThat(retryAfter.delay(Optional.of("7"))).isEqualTo(Duration.ofSeconds(7));
		assertThat(retryAfter.delay(Optional.of(" 3 "))).isEqualTo(Duration.ofSeconds(3));
	}

	@Test
	void readsAnHttpDateAsTheTimeLeftUntilIt() {
		assertThat(retryAfter.delay(Optional.of("Fri, 04 Dec 2026 15:00:30 GMT"))).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void aDateInThePastOrZeroSecondsWaitsTheMinimum() {
		assertThat(retryAfter.delay(Optional.of("Fri, 04 Dec 2026 14:00:00 GMT"))).isEqualTo(Duration.ofMillis(200));
		assertThat(retryAfter.delay(Optional.of("0"))).isEqualTo(Duration.ofMillis(200));
	}

	@Test
	void aMissingOrUnreadableHeaderWaitsTheFallback() {
		assertThat(retryAfter.delay(Optional.empty())).isEqualTo(Duration.ofSeconds(2));
		assertThat(retryAfter.delay(Optional.of("soon"))).isEqualTo(Duration.ofSeconds(2));
		assertThat(retryAfter.delay(Optional.of("-5"))).isEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void anExcessiveDelayIsCappedAtTheMaximum() {
		assertThat(retryAfter.delay(Optional.of("86400"))).isEqualTo(Duration.ofMinutes(2));
		assertThat(retryAfter.delay(Optional.of("99999999999999"))).isEqualTo(Duration.ofSeconds(2));
	}

}

package dev.careers.importcli;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} header (RFC 9110: delay-seconds or an HTTP-date) into how long to
 * wait, never less than {@code minimum} nor more than {@code maximum}; a missing or unreadable value
 * waits {@code fallback}.
 */
record RetryAfter(Duration minimum, Duration fallback, Duration maximum, Clock clock) {

	static RetryAfter standard() {
		return new RetryAfter(Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofMinutes(2), Clock.systemUTC());
	}

	Duration delay(Optional<String> header) {
		Duration asked = header.map(String::strip).flatMap(this::parse).orElse(fallback);
		if (asked.compareTo(minimum) < 0) {
			return minimum;
		}
		return asked.compareTo(maximum) > 0 ? maximum : asked;
	}

	private Optional<Duration> parse(String value) {
		if (value.matches("\\d{1,10}")) {
			return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
		}
		try {
			ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
			return Optional.of(Duration.between(clock.instant(), at.toInstant()));
		}
		catch (DateTimeParseException unreadable) {
			return Optional.empty();
		}
	}

}

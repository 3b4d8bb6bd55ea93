package dev.careers.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SessionsTest {

	private final AdjustableClock clock = new AdjustableClock();

	private final Sessions sessions = new Sessions(new SessionProperties(Duration.ofHours(8), "CAREERS_SESSION", 2),
			clock);

	@Test
	void aSessionResolvesToItsTenantUntilItsTimeToLiveEnds() {
		String id = sessions.open("demo");

		clock.advance(Duration.ofHours(8).minusSeconds(1));
		assertThat(sessions.tenantFor(id)).hasValue("demo");
		clock.advance(Duration.ofSeconds(1));
		assertThat(sessions.tenantFor(id)).isEmpty();
	}

	@Test
	void aClosedSessionNoLongerResolves() {
		String id = sessions.open("demo");

		sessions.close(id);

		assertThat(sessions.tenantFor(id)).isEmpty();
	}

	@Test
	void idsAreUnguessableAndDistinct() {
		String first = sessions.open("demo");
		String second = sessions.open("demo");

		assertThat(first).hasSize(43).isNotEqualTo(second);
		assertThat(sessions.tenantFor(first.substring(0, 42))).isEmpty();
	}

	@Test
	void aTenantAtItsCapLosesItsOldestSessionAndNoOneElses() {
		String acme = sessions.open("acme");
		String oldest = sessions.open("demo");
		clock.advance(Duration.ofSeconds(1));
		String middle = sessions.open("demo");
		clock.advance(Duration.ofSeconds(1));
		String newest = sessions.open("demo");

		assertThat(sessions.tenantFor(oldest)).isEmpty();
		assertThat(sessions.tenantFor(middle)).hasValue("demo");
		assertThat(sessions.tenantFor(newest)).hasValue("demo");
		assertThat(sessions.tenantFor(acme)).hasValue("acme");
	}

	private static final class AdjustableClock extends Clock {

		private Instant now = Instant.parse("2026-01-05T09:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}

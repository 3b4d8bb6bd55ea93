package dev.careers.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.HttpCookie;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

/** Sessions in the database end a fixed time after sign-in, and a tenant at its cap loses its oldest. */
@TestPropertySource(properties = { "careers.gateway.session.ttl=3s", "careers.gateway.session.max-per-tenant=2" })
class SessionLifetimeIT extends AbstractGatewayIT {

	@Test
	void aSessionEndsItsTimeToLiveAfterSignInHoweverOftenItIsUsed() {
		String cookie = signIn("initech-key");
		long signedInAt = System.nanoTime();

		assertThat(statusWith(cookie)).isEqualTo(200);
		await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).until(() -> statusWith(cookie) == 401);
		assertThat(Duration.ofNanos(System.nanoTime() - signedInAt)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
	}

	@Test
	void aTenantAtItsCapLosesItsOldestSessionAndNoOneElses() {
		String other = signIn(ACME_KEY);
		String oldest = signIn("umbrella-key");
		nextMillisecond();
		String middle = signIn("umbrella-key");
		nextMillisecond();
		String newest = signIn("umbrella-key");

		assertThat(statusWith(oldest)).isEqualTo(401);
		assertThat(statusWith(middle)).isEqualTo(200);
		assertThat(statusWith(newest)).isEqualTo(200);
		assertThat(statusWith(other)).isEqualTo(200);
	}

	@Test
	void sessionIdsAreUnguessableAndDistinct() {
		String first = signIn(DEMO_KEY);
		String second = signIn(DEMO_KEY);

		assertThat(first).isNotEqualTo(second);
		assertThat(first.substring(first.indexOf('=') + 1)).hasSize(43);
		assertThat(statusWith(first.substring(0, first.length() - 1))).isEqualTo(401);
	}

	// sessions are ordered by their creation time in milliseconds: each sign-in gets a later one
	private static void nextMillisecond() {
		long now = System.currentTimeMillis();
		await().pollInterval(Duration.ofMillis(1)).until(() -> System.currentTimeMillis() > now);
	}

	private int statusWith(String cookie) {
		return send(request("/session").header("Cookie", cookie)).statusCode();
	}

	private String signIn(String apiKey) {
		HttpResponse<String> signIn = send(request("/session").header("Content-Type", "application/json")
			.header("X-Requested-With", "fetch")
			.POST(HttpRequest.BodyPublishers.ofString("{\"apiKey\":\"" + apiKey + "\"}")));
		assertThat(signIn.statusCode()).isEqualTo(200);
		HttpCookie cookie = HttpCookie.parse(signIn.headers().firstValue("Set-Cookie").orElseThrow()).get(0);
		return cookie.getName() + "=" + cookie.getValue();
	}

}

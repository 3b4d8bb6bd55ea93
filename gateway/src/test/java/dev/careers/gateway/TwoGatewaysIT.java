package dev.careers.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Two gateway replicas on one database, as a cluster runs them: a session opened on one
 * authenticates on the other, and a tenant's rate limit holds for both together.
 */
@TestPropertySource(properties = { TwoGatewaysIT.BURST, TwoGatewaysIT.PER_SECOND })
class TwoGatewaysIT extends AbstractGatewayIT {

	static final String BURST = "careers.gateway.rate-limit.burst=6";

	static final String PER_SECOND = "careers.gateway.rate-limit.per-second=1";

	private static ConfigurableApplicationContext secondReplica;

	@BeforeAll
	static void startASecondReplica() {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0",
				"--careers.gateway.import-service-url=" + IMPORT_SERVICE.uri(),
				"--careers.gateway.history-service-url=" + HISTORY_SERVICE.uri(), "--" + BURST, "--" + PER_SECOND,
				"--careers.tenants=" + TENANTS));
		arguments.addAll(GatewayDatabase.arguments());
		secondReplica = new SpringApplicationBuilder(GatewayApplication.class).run(arguments.toArray(String[]::new));
	}

	@AfterAll
	static void stopTheSecondReplica() {
		secondReplica.close();
	}

	@Test
	void aSessionOpenedOnOneReplicaAuthenticatesOnTheOtherAndEndsOnBoth() {
		HttpResponse<String> signIn = send(request("/session").header("Content-Type", "application/json")
			.header("X-Requested-With", "fetch")
			.POST(HttpRequest.BodyPublishers.ofString("{\"apiKey\":\"" + ACME_KEY + "\"}")));
		HttpCookie session = HttpCookie.parse(signIn.headers().firstValue("Set-Cookie").orElseThrow()).get(0);
		String cookie = session.getName() + "=" + session.getValue();

		HttpResponse<String> onTheOther = send(onSecondReplica("/api/history/tasks").header("Cookie", cookie));
		assertThat(onTheOther.statusCode()).isEqualTo(200);
		assertThat(HISTORY_SERVICE.received()).singleElement()
			.satisfies(received -> assertThat(received.header("X-Tenant-Id")).containsExactly("acme"));

		HttpResponse<String> signOut = send(onSecondReplica("/session").header("Cookie", cookie)
			.header("X-Requested-With", "fetch")
			.DELETE());
		assertThat(signOut.statusCode()).isEqualTo(204);
		assertThat(send(request("/session").header("Cookie", cookie)).statusCode()).isEqualTo(401);
	}

	@Test
	void aTenantGetsItsConfiguredRateAcrossBothReplicasNotTwiceIt() {
		int admitted = 0;
		int limitedOnFirst = 0;
		int limitedOnSecond = 0;
		long started = System.nanoTime();
		for (int i = 0; i < 16; i++) {
			HttpRequest.Builder request = i % 2 == 0 ? request("/api/jobs") : onSecondReplica("/api/jobs");
			int status = send(request.header("X-Api-Key", "hooli-key")).statusCode();
			if (status == 200) {
				admitted++;
			}
			else {
				assertThat(status).isEqualTo(429);
				limitedOnFirst += i % 2 == 0 ? 1 : 0;
				limitedOnSecond += i % 2 == 0 ? 0 : 1;
			}
		}
		long elapsedSeconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

		// the burst of 6, plus what 1 per second refilled while the requests ran: not 6 per replica
		assertThat(admitted).isBetween(6, 6 + (int) elapsedSeconds + 1);
		assertThat(limitedOnFirst).isPositive();
		assertThat(limitedOnSecond).isPositive();
	}

	private HttpRequest.Builder onSecondReplica(String path) {
		int port = ((WebServerApplicationContext) secondReplica).getWebServer().getPort();
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

}

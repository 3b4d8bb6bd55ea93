package dev.careers.e2e;

import java.net.HttpCookie;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The system with two replicas of the gateway, import-service and history-service, as a cluster
 * runs it: whichever gateway a request reaches, the web session and the tenant's request limit are
 * the same (docs/adr/0023-stateless-edge.md).
 */
class StatelessEdgeIT {

	private static final int BURST = 10;

	// a slow refill: what the test admits past the burst stays small and countable
	@RegisterExtension
	static final LocalStack stack = LocalStack.withTenants("edge=edge-key,other=other-key")
		.replicas(2)
		.settings("-Dcareers.gateway.rate-limit.burst=" + BURST, "-Dcareers.gateway.rate-limit.per-second=1");

	@Test
	void aSessionMadeOnGatewayOneWorksOnGatewayTwoAndEndsOnBoth() {
		List<Gateway> gateways = gateways();
		Gateway.Response signIn = gateways.get(0)
			.withHeader("X-Requested-With", "fetch")
			.postJson("/session", "{\"apiKey\":\"other-key\"}");
		assertThat(signIn.status()).as(signIn.toString()).isEqualTo(200);
		HttpCookie session = HttpCookie.parse(signIn.header("Set-Cookie").orElseThrow()).get(0);
		Gateway onGatewayTwo = gateways.get(1).withHeader("Cookie", session.getName() + "=" + session.getValue());

		assertThat(onGatewayTwo.get("/session").body()).isEqualTo("{\"tenant\":\"other\"}");
		Gateway.Response created = onGatewayTwo.withHeader("X-Requested-With", "fetch")
			.postJson("/api/imports", "{\"type\":\"APPLICANTS\",\"label\":\"through gateway 2\"}");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(onGatewayTwo.get("/api/history/imports").status()).isEqualTo(200);

		assertThat(onGatewayTwo.withHeader("X-Requested-With", "fetch").delete("/session").status()).isEqualTo(204);
		Gateway onGatewayOne = gateways.get(0).withHeader("Cookie", session.getName() + "=" + session.getValue());
		assertThat(onGatewayOne.get("/session").status()).isEqualTo(401);
	}

	@Test
	void aTenantGetsItsConfiguredRateAcrossBothGatewaysNotTwiceIt() {
		List<Gateway> gateways = gateways().stream().map(gateway -> gateway.withApiKey("edge-key")).toList();
		int admitted = 0;
		int[] limited = new int[2];
		long started = System.nanoTime();
		for (int i = 0; i < 4 * BURST; i++) {
			Gateway.Response response = gateways.get(i % 2).get("/api/history/imports?size=1");
			if (response.status() == 429) {
				limited[i % 2]++;
			}
			else {
				assertThat(response.status()).as(response.toString()).isEqualTo(200);
				admitted++;
			}
		}
		long elapsedSeconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

		// the burst, plus one a second of refill while the requests ran; per-replica buckets would admit twice the burst
		assertThat(admitted).isBetween(BURST, BURST + (int) elapsedSeconds + 1);
		assertThat(limited[0]).as("limited on gateway 1").isPositive();
		assertThat(limited[1]).as("limited on gateway 2").isPositive();
	}

	private static List<Gateway> gateways() {
		List<String> urls = stack.system().gatewayUrls();
		assertThat(urls).hasSize(2);
		return urls.stream().map(Gateway::at).toList();
	}

}

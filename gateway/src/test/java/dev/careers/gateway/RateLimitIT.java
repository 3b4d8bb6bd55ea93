package dev.careers.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = { "careers.gateway.rate-limit.burst=3", "careers.gateway.rate-limit.per-second=1" })
class RateLimitIT extends AbstractGatewayIT {

	@Test
	void aTenantOverItsRateGets429WithRetryAfterWhileOthersGoOn() {
		for (int i = 0; i < 3; i++) {
			assertThat(send(request("/api/jobs").header("X-Api-Key", DEMO_KEY)).statusCode()).isEqualTo(200);
		}

		HttpResponse<String> limited = send(request("/api/jobs").header("X-Api-Key", DEMO_KEY));

		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
				seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 2L));
		assertThat(limited.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(IMPORT_SERVICE.received()).hasSize(3);
		assertThat(send(request("/api/jobs").header("X-Api-Key", ACME_KEY)).statusCode()).isEqualTo(200);
	}

}

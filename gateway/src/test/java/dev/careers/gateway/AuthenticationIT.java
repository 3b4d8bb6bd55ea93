package dev.careers.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticationIT extends AbstractGatewayIT {

	@ParameterizedTest
	@ValueSource(strings = { "/api/imports", "/api/imports/1/files", "/api/applicants/1", "/api/jobs",
			"/api/history/imports", "/api/history/stream", "/api/unknown" })
	void everyApiPathAnswersTheSame401WithoutAKeyAndWithAWrongOne(String path) {
		HttpResponse<String> missing = send(request(path));
		HttpResponse<String> wrong = send(request(path).header("X-Api-Key", "dev-kez"));
		HttpResponse<String> empty = send(request(path).header("X-Api-Key", ""));

		for (HttpResponse<String> response : List.of(missing, wrong, empty)) {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(response.body()).isEqualTo(missing.body());
		}
		assertThat(missing.body()).contains("\"status\":401").doesNotContain("dev-kez").doesNotContain("tenant\":");
		assertThat(IMPORT_SERVICE.received()).isEmpty();
		assertThat(HISTORY_SERVICE.received()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/imports", "/api/history/tasks" })
	void aForgedTenantHeaderWithoutAKeyIsRefused(String path) {
		HttpResponse<String> response = send(request(path).header("X-Tenant-Id", "demo"));

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(IMPORT_SERVICE.received()).isEmpty();
		assertThat(HISTORY_SERVICE.received()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { DEMO_KEY, ACME_KEY })
	void eachKeyForwardsItsOwnTenant(String key) {
		send(request("/api/jobs").header("X-Api-Key", key));

		String expectedTenant = key.equals(DEMO_KEY) ? "demo" : "acme";
		assertThat(IMPORT_SERVICE.received()).singleElement()
			.satisfies(received -> assertThat(received.header("X-Tenant-Id")).containsExactly(expectedTenant));
	}

}

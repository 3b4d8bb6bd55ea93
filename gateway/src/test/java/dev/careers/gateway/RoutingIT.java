package dev.careers.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.careers.gateway.RecordingUpstream.ReceivedRequest;

class RoutingIT extends AbstractGatewayIT {

	@ParameterizedTest
	@CsvSource({
			"POST, /api/imports, import-service",
			"POST, /api/imports/7f1c/files, import-service",
			"GET, /api/applicants/42, import-service",
			"GET, /api/applicants?page=1&size=20, import-service",
			"PATCH, /api/jobs/9, import-service",
			"POST, /api/jobs/9/extract-skills, import-service",
			"GET, /api/history/imports?type=JOBS&page=0, history-service",
			"GET, /api/history/tasks/counts, history-service" })
	void eachPrefixReachesItsServiceWithPathAndQueryUnchanged(String method, String pathAndQuery, String service) {
		HttpResponse<String> response = send(request(pathAndQuery).header("X-Api-Key", DEMO_KEY)
			.method(method, HttpRequest.BodyPublishers.ofString("{}")));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"upstream\":\"" + service + "\"}");
		RecordingUpstream chosen = service.equals("import-service") ? IMPORT_SERVICE : HISTORY_SERVICE;
		RecordingUpstream other = chosen == IMPORT_SERVICE ? HISTORY_SERVICE : IMPORT_SERVICE;
		assertThat(chosen.received()).singleElement().satisfies(received -> {
			assertThat(received.method()).isEqualTo(method);
			assertThat(pathAndSortedQuery(received.rawPathAndQuery())).isEqualTo(pathAndSortedQuery(pathAndQuery));
		});
		assertThat(other.received()).isEmpty();
	}

	// the proxy may reorder query parameters, which changes nothing for the services
	private static String pathAndSortedQuery(String rawPathAndQuery) {
		String[] pathAndQuery = rawPathAndQuery.split("\\?", 2);
		return pathAndQuery.length == 1 ? rawPathAndQuery
				: pathAndQuery[0] + "?" + String.join("&", new TreeSet<>(List.of(pathAndQuery[1].split("&"))));
	}

	@Test
	void aClientSentTenantHeaderIsDroppedAndTheAuthenticatedTenantForwarded() {
		HttpResponse<String> response = send(request("/api/applicants").header("X-Api-Key", ACME_KEY)
			.header("X-Tenant-Id", "demo")
			.header("x-tenant-id", "other")
			.header("X-TENANT-ID", "third"));

		assertThat(response.statusCode()).isEqualTo(200);
		ReceivedRequest received = IMPORT_SERVICE.received().get(0);
		assertThat(received.header("X-Tenant-Id")).containsExactly("acme");
	}

	@Test
	void anUploadReachesTheServiceWithItsContentLength() {
		byte[] body = new byte[300_000];

		send(request("/api/imports/7f1c/files").header("X-Api-Key", DEMO_KEY)
			.header("Content-Type", "multipart/form-data; boundary=x")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));

		// the service refuses an upload over its request cap by the length, before reading any file
		ReceivedRequest received = IMPORT_SERVICE.received().get(0);
		assertThat(received.header("Content-Length")).containsExactly(String.valueOf(body.length));
		assertThat(received.header("Transfer-Encoding")).isEmpty();
		assertThat(received.bodyBytes()).isEqualTo(body.length);
	}

	@Test
	void credentialsStayAtTheGateway() {
		send(request("/api/history/tasks").header("X-Api-Key", DEMO_KEY)
			.header("Authorization", "Bearer something")
			.header("Cookie", "CAREERS_SESSION=abc; other=1"));

		ReceivedRequest received = HISTORY_SERVICE.received().get(0);
		assertThat(received.headers()).doesNotContainKeys("x-api-key", "authorization", "cookie");
		assertThat(received.header("X-Tenant-Id")).containsExactly("demo");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/internal/documents/1/content", "/internal/jobs/1/description", "/actuator/env",
			"/actuator/beans", "/api/internal/documents/1/content", "/api/actuator/health", "/api", "/api/other",
			"/other.html", "/js/unknown.js" })
	void pathsWithoutARouteAreNotFoundAndNeverForwarded(String path) {
		HttpResponse<String> response = send(request(path).header("X-Api-Key", DEMO_KEY));

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(IMPORT_SERVICE.received()).isEmpty();
		assertThat(HISTORY_SERVICE.received()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/index.html", "/js/main.js", "/css/app.css" })
	void theUiIsServedWithoutAKeyAndNeverForwarded(String path) {
		HttpResponse<String> response = send(request(path));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(IMPORT_SERVICE.received()).isEmpty();
		assertThat(HISTORY_SERVICE.received()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/jobs/..;/..;/internal/documents/1/content",
			"/api/jobs/%2e%2e/%2e%2e/internal/documents/1/content", "/api/jobs/..%2F..%2Finternal/documents/1/content",
			"/api/jobs/..%5C..%5Cinternal/documents/1/content", "/api/history/%252e%252e/actuator/env",
			"/api/imports//..//internal/documents/1/content", "/api/jobs/;x=1/../../actuator/env" })
	void traversalTowardsInternalPathsIsRefusedBeforeRouting(String rawPath) {
		HttpResponse<String> response = send(request(rawPath).header("X-Api-Key", DEMO_KEY));

		assertThat(response.statusCode()).isIn(400, 404);
		assertThat(IMPORT_SERVICE.received()).isEmpty();
		assertThat(HISTORY_SERVICE.received()).isEmpty();
	}

	@Test
	void theGatewaysOwnHealthAndPrometheusNeedNoKey() {
		assertThat(send(request("/actuator/health")).statusCode()).isEqualTo(200);
		HttpResponse<String> prometheus = send(request("/actuator/prometheus"));
		assertThat(prometheus.statusCode()).isEqualTo(200);
		assertThat(prometheus.body()).contains("http_server_requests_seconds");
	}

}

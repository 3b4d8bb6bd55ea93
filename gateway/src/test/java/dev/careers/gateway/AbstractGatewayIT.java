package dev.careers.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway on a real port in front of two recording stand-ins for import-service and
 * history-service, with two tenants and its real database (embedded PostgreSQL). Tests talk plain HTTP/1.1 to it, as a browser or curl would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AbstractGatewayIT {

	static final String DEMO_KEY = "dev-key";

	static final String ACME_KEY = "acme-key";

	// demo and acme for most tests; tests that count sessions or requests each have a tenant of their own
	static final String TENANTS = "demo=" + DEMO_KEY + ", acme=" + ACME_KEY + ", initech=initech-key, umbrella=umbrella-key, hooli=hooli-key";

	// started once per test JVM and shared by every cached application context
	static final RecordingUpstream IMPORT_SERVICE = RecordingUpstream.start("import-service");

	static final RecordingUpstream HISTORY_SERVICE = RecordingUpstream.start("history-service");

	final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void upstreamsAndTenants(DynamicPropertyRegistry registry) {
		registry.add("careers.gateway.import-service-url", () -> IMPORT_SERVICE.uri().toString());
		registry.add("careers.gateway.history-service-url", () -> HISTORY_SERVICE.uri().toString());
		registry.add("careers.tenants", () -> TENANTS);
		GatewayDatabase.register(registry);
	}

	@BeforeEach
	void forgetEarlierRequests() {
		IMPORT_SERVICE.forget();
		HISTORY_SERVICE.forget();
	}

	HttpRequest.Builder request(String rawPathAndQuery) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + rawPathAndQuery));
	}

	HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

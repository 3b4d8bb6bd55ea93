package dev.careers.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.careers.testsupport.TestInfrastructure;

/**
 * The gateway whose own database goes away: requests that need it are answered 503 with
 * Retry-After and a problem that says why, not a 500 or a hang.
 */
class DatabaseDownIT {

	private static final RecordingUpstream UPSTREAM = RecordingUpstream.start("import-service");

	private static EmbeddedPostgres database;

	private static ConfigurableApplicationContext gateway;

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@BeforeAll
	static void startAGatewayOnADatabaseOfItsOwn() throws IOException {
		// not the shared database: this one is stopped mid-test
		database = EmbeddedPostgres.builder().start();
		gateway = new SpringApplicationBuilder(GatewayApplication.class).run("--server.port=0",
				"--careers.gateway.import-service-url=" + UPSTREAM.uri(),
				"--careers.gateway.history-service-url=" + UPSTREAM.uri(),
				"--spring.datasource.url="
						+ TestInfrastructure.withSchema(database.getJdbcUrl("postgres", "postgres"), GatewayDatabase.SCHEMA),
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
				"--spring.datasource.hikari.connection-timeout=1000");
	}

	@AfterAll
	static void stop() throws IOException {
		gateway.close();
		UPSTREAM.stop();
		database.close();
	}

	@Test
	void withTheDatabaseDownTheGatewayAnswers503WithRetryAfter() throws Exception {
		HttpResponse<String> signIn = send(request("/session").header("Content-Type", "application/json")
			.header("X-Requested-With", "fetch")
			.POST(HttpRequest.BodyPublishers.ofString("{\"apiKey\":\"dev-key\"}")));
		assertThat(signIn.statusCode()).isEqualTo(200);
		HttpCookie session = HttpCookie.parse(signIn.headers().firstValue("Set-Cookie").orElseThrow()).get(0);

		database.close();

		HttpResponse<String> byKey = send(request("/api/jobs").header("X-Api-Key", "dev-key"));
		HttpResponse<String> byCookie = send(request("/api/jobs").header("Cookie", session.getName() + "=" + session.getValue()));
		for (HttpResponse<String> response : List.of(byKey, byCookie)) {
			assertThat(response.statusCode()).isEqualTo(503);
			assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(response.body()).contains("cannot reach its database");
		}
		assertThat(UPSTREAM.received()).isEmpty();
	}

	private HttpRequest.Builder request(String path) {
		int port = ((WebServerApplicationContext) gateway).getWebServer().getPort();
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}

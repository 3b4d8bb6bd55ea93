package dev.careers.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnreachableUpstreamIT {

	private static final RecordingUpstream HISTORY_SERVICE = RecordingUpstream.start("history-service");

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void importServiceDown(DynamicPropertyRegistry registry) throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		registry.add("careers.gateway.import-service-url", () -> "http://127.0.0.1:" + closedPort);
		registry.add("careers.gateway.history-service-url", () -> HISTORY_SERVICE.uri().toString());
		GatewayDatabase.register(registry);
	}

	@Test
	void aServiceThatIsDownAnswers502ProblemWhileTheOtherServes() throws Exception {
		HttpResponse<String> down = get("/api/imports");

		assertThat(down.statusCode()).isEqualTo(502);
		assertThat(down.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(down.body()).contains("\"status\":502").doesNotContain("127.0.0.1").doesNotContain("properties");
		assertThat(get("/api/history/tasks").statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("X-Api-Key", "dev-key")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}

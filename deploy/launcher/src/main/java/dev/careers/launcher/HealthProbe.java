package dev.careers.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks a service's {@code /actuator/health}: Spring Boot answers 200 when UP, 503 otherwise. */
final class HealthProbe {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	boolean isUp(int port) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(ServiceEnvironment.localUrl(port) + "/actuator/health"))
			.timeout(Duration.ofSeconds(3))
			.GET()
			.build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LaunchException("Interrupted while waiting for services", ex);
		}
	}

}

package dev.careers.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a script does beside the browser, with the API key: sets up data, or causes a change while
 * a page is open so the test can see it arrive live.
 */
final class ImportsApi {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final String apiKey;

	ImportsApi(String baseUrl, String apiKey) {
		this.baseUrl = baseUrl;
		this.apiKey = apiKey;
	}

	/** Opens an import and answers its id. */
	String open(String type, String label) {
		String body = send(request("/api/imports").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"" + type + "\",\"label\":\"" + label + "\"}")), 201);
		return JsonPath.read(body, "$.id");
	}

	/** Uploads one PDF into the import and answers its task id. */
	String upload(String importId, String fileName, byte[] content) {
		String boundary = "----ui" + UUID.randomUUID();
		ByteArrayOutputStream multipart = new ByteArrayOutputStream();
		write(multipart, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n");
		multipart.writeBytes(content);
		write(multipart, "\r\n--" + boundary + "--\r\n");
		String body = send(request("/api/imports/" + importId + "/files")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray())), 200);
		return JsonPath.read(body, "$.results[0].taskId");
	}

	void complete(String importId) {
		send(request("/api/imports/" + importId + "/complete").POST(HttpRequest.BodyPublishers.noBody()), 200);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.header("X-Api-Key", apiKey);
	}

	private String send(HttpRequest.Builder request, int expectedStatus) {
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}

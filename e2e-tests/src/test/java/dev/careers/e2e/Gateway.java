package dev.careers.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

/** A client of the gateway, as a script or the UI would call it: JSON in and out, an API key. */
final class Gateway {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final Map<String, String> headers;

	private Gateway(String baseUrl, Map<String, String> headers) {
		this.baseUrl = baseUrl;
		this.headers = headers;
	}

	static Gateway at(String baseUrl) {
		return new Gateway(baseUrl, Map.of());
	}

	/** The same client sending {@code name: value} on every request. */
	Gateway withHeader(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(headers);
		more.put(name, value);
		return new Gateway(baseUrl, more);
	}

	Gateway withApiKey(String apiKey) {
		return withHeader("X-Api-Key", apiKey);
	}

	Response get(String path) {
		return send(request(path).GET());
	}

	/** A GET whose body is bytes, a document's content, as sent. */
	Download download(String path) {
		HttpResponse<byte[]> response = exchange(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
		return new Download(response.statusCode(), response.body());
	}

	Response postJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	Response delete(String path) {
		return send(request(path).DELETE());
	}

	Response post(String path) {
		return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
	}

	Response patchJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
	}

	/** A multipart upload of one file in the part {@code files}, as the import page sends it. */
	Response upload(String path, String fileName, byte[] content) {
		return upload(path, "files", Map.of(fileName, content));
	}

	/** A multipart upload of {@code files} (name to content, in the map's order) in the part {@code field}. */
	Response upload(String path, String field, Map<String, byte[]> files) {
		String boundary = "----e2e" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		files.forEach((fileName, content) -> {
			write(body, "--" + boundary + "\r\n" + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\""
					+ fileName + "\"\r\n" + "Content-Type: application/pdf\r\n\r\n");
			body.writeBytes(content);
			write(body, "\r\n");
		});
		write(body, "--" + boundary + "--\r\n");
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** Opens a server-sent event stream; its lines are recorded as they arrive, until it is closed. */
	EventStream openStream(String path) {
		// no request timeout: the stream is meant to stay open
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/event-stream");
		headers.forEach(request::header);
		return EventStream.open(http, request.GET().build());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
		headers.forEach(request::header);
		return request;
	}

	private Response send(HttpRequest.Builder request) {
		HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
		return new Response(response.statusCode(), response.body(), response.headers());
	}

	private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
		try {
			return http.send(request.build(), body);
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

	record Download(int status, byte[] body) {
	}

	record Response(int status, String body, HttpHeaders headers) {

		Optional<String> header(String name) {
			return headers.firstValue(name);
		}

		<T> T read(String jsonPath) {
			return JsonPath.read(body, jsonPath);
		}

		@Override
		public String toString() {
			return status + " " + body;
		}

	}

}

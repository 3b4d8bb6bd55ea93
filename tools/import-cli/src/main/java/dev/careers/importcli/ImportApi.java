package dev.careers.importcli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public import API as this client uses it, through the gateway with an API key. Answers 429
 * and 503 are waited out as their {@code Retry-After} says, and a connection that fails is tried
 * again, each at most {@code attempts} times per request; anything else that is not a success is an
 * {@link ApiException} carrying the problem detail's text.
 */
final class ImportApi {

	static final String FILES_PART = "files";

	private static final Map<String, String> CONTENT_TYPES = Map.of("pdf", "application/pdf", "docx",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "txt", "text/plain", "zip",
			"application/zip");

	private final HttpClient http;

	private final URI baseUrl;

	private final String apiKey;

	private final JsonMapper json;

	private final RetryAfter retryAfter;

	private final int attempts;

	private final Waiting waiting;

	/** Told of every wait before a request is sent again: a progress display shows it. */
	interface Waiting {

		void waiting(Duration delay, String reason);

	}

	ImportApi(HttpClient http, URI baseUrl, String apiKey, JsonMapper json, RetryAfter retryAfter, int attempts,
			Waiting waiting) {
		this.http = http;
		this.baseUrl = baseUrl;
		this.apiKey = apiKey;
		this.json = json;
		this.retryAfter = retryAfter;
		this.attempts = attempts;
		this.waiting = waiting;
	}

	ImportSummary open(String type, String label) {
		String body = json.writeValueAsString(Map.of("type", type, "label", label));
		return read(send("open an import", () -> request("/api/imports").header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(body))), 201, ImportSummary.class);
	}

	/** The import, or empty when the API does not know it (another tenant's, or never opened). */
	Optional<ImportSummary> find(UUID importId) {
		HttpResponse<String> response = send("read the import", () -> request("/api/imports/" + importId).GET());
		if (response.statusCode() == 404) {
			return Optional.empty();
		}
		return Optional.of(read(response, 200, ImportSummary.class));
	}

	/** Sends the files as one multipart request; the answer has one outcome per file, in the order sent. */
	List<FileOutcome> upload(UUID importId, List<LocalFile> batch) {
		String boundary = "careers-import-" + UUID.randomUUID();
		HttpResponse<String> response = send("upload " + batch.size() + " files",
				() -> request("/api/imports/" + importId + "/files")
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(multipart(boundary, batch)));
		JsonNode results = read(response, 200, JsonNode.class).path("results");
		List<FileOutcome> outcomes = new ArrayList<>();
		results.forEach(result -> outcomes.add(json.treeToValue(result, FileOutcome.class)));
		if (outcomes.size() != batch.size()) {
			throw new ApiException("The API answered " + outcomes.size() + " results for " + batch.size() + " files sent.");
		}
		return outcomes;
	}

	ImportSummary complete(UUID importId) {
		return read(send("complete the import",
				() -> request("/api/imports/" + importId + "/complete").POST(BodyPublishers.noBody())), 200,
				ImportSummary.class);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(baseUrl.resolve(path)).header("X-Api-Key", apiKey).timeout(Duration.ofMinutes(10));
	}

	private HttpResponse<String> send(String what, Supplier<HttpRequest.Builder> request) {
		for (int attempt = 1;; attempt++) {
			Duration delay;
			String reason;
			try {
				HttpResponse<String> response = http.send(request.get().build(), BodyHandlers.ofString());
				int status = response.statusCode();
				if ((status != 429 && status != 503) || attempt == attempts) {
					return response;
				}
				delay = retryAfter.delay(response.headers().firstValue("Retry-After"));
				reason = status == 429 ? "the API asks to slow down (429)" : "the API is unavailable for now (503)";
			}
			catch (IOException unreachable) {
				if (attempt == attempts) {
					throw new ApiException("Could not " + what + " at " + baseUrl + ": " + unreachable, unreachable);
				}
				delay = retryAfter.fallback();
				reason = "no connection to the API (" + unreachable.getClass().getSimpleName() + ")";
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new ApiException("Interrupted while trying to " + what + ".", interrupted);
			}
			pause(what, delay, reason);
		}
	}

	private void pause(String what, Duration delay, String reason) {
		waiting.waiting(delay, reason);
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new ApiException("Interrupted while waiting to " + what + ".", interrupted);
		}
	}

	private <T> T read(HttpResponse<String> response, int expected, Class<T> type) {
		if (response.statusCode() != expected) {
			throw new ApiException(describe(response));
		}
		try {
			return json.readValue(response.body(), type);
		}
		catch (JacksonException unreadable) {
			throw new ApiException("The API answered " + response.uri() + " with something that is not the expected JSON: "
					+ unreadable.getOriginalMessage(), unreadable);
		}
	}

	/** The status and, for a problem detail (RFC 9457), its detail: what the user needs to act. */
	private String describe(HttpResponse<String> response) {
		String detail = response.body();
		try {
			JsonNode problem = json.readTree(response.body());
			if (problem.hasNonNull("detail")) {
				detail = problem.get("detail").asString();
			}
		}
		catch (JacksonException notJson) {
			// the body as it is, then
		}
		String hint = response.statusCode() == 401 ? " Check the API key." : "";
		return "The API answered " + response.request().method() + " " + response.uri().getPath() + " with "
				+ response.statusCode() + (detail == null || detail.isBlank() ? "" : ": " + detail.strip()) + "." + hint;
	}

	private static BodyPublisher multipart(String boundary, List<LocalFile> batch) {
		List<BodyPublisher> parts = new ArrayList<>();
		for (LocalFile file : batch) {
			parts.add(BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + FILES_PART
					+ "\"; filename=\"" + quoted(file.name()) + "\"\r\nContent-Type: " + contentType(file.name())
					+ "\r\n\r\n"));
			try {
				parts.add(BodyPublishers.ofFile(file.path()));
			}
			catch (FileNotFoundException vanished) {
				throw new ApiException("The file " + file.path() + " disappeared before it was sent.", vanished);
			}
			parts.add(BodyPublishers.ofString("\r\n"));
		}
		parts.add(BodyPublishers.ofString("--" + boundary + "--\r\n"));
		return BodyPublishers.concat(parts.toArray(BodyPublisher[]::new));
	}

	/** A quoted-string of a header may not hold a quote, a backslash or a line break. */
	private static String quoted(String name) {
		return name.replace("\\", "%5C").replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
	}

	private static String contentType(String name) {
		String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		return CONTENT_TYPES.getOrDefault(extension, "application/octet-stream");
	}

}

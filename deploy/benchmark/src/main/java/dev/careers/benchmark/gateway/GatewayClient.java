package dev.careers.benchmark.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's import and task APIs, called as the UI calls them: {@code X-Api-Key}, JSON, and
 * multipart uploads of many files in the part {@code files}. A batch is streamed from disk with its
 * exact length, so the client holds one file per request in flight, not the batch.
 */
public final class GatewayClient {

	private static final byte[] CRLF = "\r\n".getBytes(StandardCharsets.US_ASCII);

	private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(10);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final String baseUrl;

	private final String apiKey;

	public GatewayClient(String baseUrl, String apiKey) {
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.apiKey = apiKey;
	}

	/** One file's outcome as the upload answer gives it: CREATED, UPDATED, SKIPPED or ERROR, and its task. */
	public record FileOutcome(String outcome, Optional<UUID> taskId) {
	}

	/** The answer to one upload request: the status, the per-file outcomes, and how long to wait on a 429. */
	public record UploadAnswer(int status, List<FileOutcome> outcomes, Duration retryAfter, String body) {
	}

	/**
	 * One Background Tasks row, as much of it as the benchmark needs.
	 *
	 * @param errorCode the code of a FAILED task's failure, else null
	 */
	public record TaskRow(UUID id, String status, Instant createdAt, Instant finishedAt, String errorCode) {
	}

	public record TaskPage(List<TaskRow> items, long total) {
	}

	public String createImport(String label) {
		JsonNode created = send(request("/api/imports").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("type", "APPLICANTS", "label", label)))),
				200, 201);
		return created.get("id").asString();
	}

	public void complete(String importId) {
		send(request("/api/imports/" + importId + "/complete").POST(HttpRequest.BodyPublishers.noBody()), 200);
	}

	public UploadAnswer upload(String importId, List<Path> files) {
		String boundary = "----benchmark" + UUID.randomUUID();
		HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
				HttpRequest.BodyPublishers.ofByteArrays(() -> multipartParts(files, boundary)),
				multipartLength(files, boundary));
		HttpResponse<String> response = exchange(request("/api/imports/" + importId + "/files")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(body));
		Duration retryAfter = response.headers()
			.firstValue("Retry-After")
			.map(seconds -> Duration.ofSeconds(Long.parseLong(seconds.trim())))
			.orElse(Duration.ZERO);
		List<FileOutcome> outcomes = new ArrayList<>();
		if (response.statusCode() == 200) {
			for (JsonNode result : json.readTree(response.body()).get("results")) {
				JsonNode taskId = result.get("taskId");
				outcomes.add(new FileOutcome(result.get("outcome").asString(),
						taskId == null || taskId.isNull() ? Optional.empty() : Optional.of(UUID.fromString(taskId.asString()))));
			}
		}
		return new UploadAnswer(response.statusCode(), outcomes, retryAfter, response.body());
	}

	/** A page of the tenant's resume tasks in {@code status}, newest first. */
	public TaskPage tasks(String status, int page, int size) {
		return taskPage(send(request("/api/history/tasks?kind=RESUME&status=" + status + "&page=" + page + "&size=" + size)
			.GET(), 200));
	}

	static TaskPage taskPage(JsonNode answer) {
		List<TaskRow> rows = new ArrayList<>();
		for (JsonNode item : answer.get("items")) {
			rows.add(new TaskRow(UUID.fromString(item.get("id").asString()), item.get("status").asString(),
					instant(item.get("createdAt")), instant(item.get("finishedAt")), errorCode(item.get("error"))));
		}
		return new TaskPage(rows, answer.get("total").asLong());
	}

	private static String errorCode(JsonNode error) {
		JsonNode code = error == null || error.isNull() ? null : error.get("code");
		return code == null || code.isNull() ? null : code.asString();
	}

	private static Instant instant(JsonNode node) {
		return node == null || node.isNull() ? null : Instant.parse(node.asString());
	}

	/** The body as chunks read when the client sends them: a part header, the file, a line break; then the closing line. */
	private static Iterator<byte[]> multipartParts(List<Path> files, String boundary) {
		List<Supplier<byte[]>> chunks = new ArrayList<>();
		for (Path file : files) {
			chunks.add(() -> partHeader(boundary, file));
			chunks.add(() -> read(file));
			chunks.add(() -> CRLF);
		}
		chunks.add(() -> closing(boundary));
		return chunks.stream().map(Supplier::get).iterator();
	}

	static long multipartLength(List<Path> files, String boundary) {
		long length = closing(boundary).length;
		for (Path file : files) {
			length += partHeader(boundary, file).length + size(file) + CRLF.length;
		}
		return length;
	}

	private static byte[] closing(String boundary) {
		return ("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
	}

	/** The part's header; the file name is ours (generated or listed), so it needs no escaping beyond quotes. */
	private static byte[] partHeader(String boundary, Path file) {
		return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file.getFileName().toString().replace("\"", "")
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(REQUEST_TIMEOUT).header("X-Api-Key", apiKey);
	}

	private JsonNode send(HttpRequest.Builder request, int... expected) {
		HttpResponse<String> response = exchange(request);
		for (int status : expected) {
			if (response.statusCode() == status) {
				return json.readTree(response.body());
			}
		}
		throw new IllegalStateException(request.build().method() + " " + request.build().uri() + " answered "
				+ response.statusCode() + ": " + response.body());
	}

	private HttpResponse<String> exchange(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not reach the gateway at " + baseUrl, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the size of " + file, ex);
		}
	}

}

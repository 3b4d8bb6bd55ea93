package dev.careers.importcli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The import API's answers as the gateway gives them, in-process on a loopback port: imports
 * open and complete, uploads answer CREATED (ERROR for a file whose name holds {@code bad}), and the
 * first {@code throttled} upload requests answer 429 with {@code Retry-After: 0}.
 */
final class FakeImportServer implements AutoCloseable {

	private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");

	private final HttpServer server;

	private final Map<UUID, String> statuses = new ConcurrentHashMap<>();

	private final List<String> received = new ArrayList<>();

	private final AtomicInteger throttled;

	private final AtomicInteger refused = new AtomicInteger();

	FakeImportServer(int throttled) throws IOException {
		this.throttled = new AtomicInteger(throttled);
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/api/imports", this::handle);
		server.start();
	}

	URI url() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
	}

	synchronized List<String> receivedFiles() {
		return List.copyOf(received);
	}

	int refusedRequests() {
		return refused.get();
	}

	void closeImport(UUID importId) {
		statuses.put(importId, "COMPLETED");
	}

	private void handle(HttpExchange exchange) throws IOException {
		String[] path = exchange.getRequestURI().getPath().split("/");
		if (!"dev-key".equals(exchange.getRequestHeaders().getFirst("X-Api-Key"))) {
			answer(exchange, 401, "{\"detail\":\"No valid credentials.\"}");
		}
		else if (path.length == 3) {
			UUID id = UUID.randomUUID();
			statuses.put(id, "IN_PROGRESS");
			answer(exchange, 201, summary(id, 0));
		}
		else if (path.length == 4) {
			UUID id = UUID.fromString(path[3]);
			answer(exchange, statuses.containsKey(id) ? 200 : 404, statuses.containsKey(id) ? summary(id, 0) : "{}");
		}
		else if (path[4].equals("files")) {
			upload(exchange);
		}
		else {
			UUID id = UUID.fromString(path[3]);
			statuses.put(id, "COMPLETED");
			answer(exchange, 200, summary(id, (int) receivedFiles().stream().filter(name -> name.contains("bad")).count()));
		}
	}

	private void upload(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1);
		if (throttled.getAndDecrement() > 0) {
			refused.incrementAndGet();
			exchange.getResponseHeaders().add("Retry-After", "0");
			answer(exchange, 429, "{\"detail\":\"Too many requests.\"}");
			return;
		}
		List<String> results = new ArrayList<>();
		Matcher names = FILE_NAME.matcher(body);
		while (names.find()) {
			String name = names.group(1);
			synchronized (this) {
				received.add(name);
			}
			results.add(name.contains("bad")
					? "{\"file\":\"" + name + "\",\"outcome\":\"ERROR\",\"error\":{\"code\":\"NOT_A_PDF\",\"message\":\"Not a PDF.\",\"hint\":\"Export it as PDF.\"}}"
					: "{\"file\":\"" + name + "\",\"outcome\":\"CREATED\"}");
		}
		answer(exchange, 200, "{\"results\":[" + String.join(",", results) + "]}");
	}

	private String summary(UUID id, int errors) {
		return "{\"id\":\"" + id + "\",\"type\":\"APPLICANTS\",\"label\":\"x\",\"status\":\"" + statuses.get(id)
				+ "\",\"created\":0,\"updated\":0,\"skipped\":0,\"errors\":" + errors + ",\"lastActivityAt\":null}";
	}

	private static void answer(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	@Override
	public void close() {
		server.stop(0);
	}

}

package dev.careers.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on loopback standing in for import-service or history-service: it records
 * what arrives (method, raw path and query, headers, body size and digest, never holding the
 * body) and answers a small JSON body naming itself.
 */
public final class RecordingUpstream {

	private final String name;

	private final HttpServer server;

	private final List<ReceivedRequest> received = new CopyOnWriteArrayList<>();

	private RecordingUpstream(String name, HttpServer server) {
		this.name = name;
		this.server = server;
	}

	public static RecordingUpstream start(String name) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.setExecutor(Executors.newCachedThreadPool(runnable -> {
				Thread thread = new Thread(runnable, name + "-upstream");
				thread.setDaemon(true);
				return thread;
			}));
			RecordingUpstream upstream = new RecordingUpstream(name, server);
			server.createContext("/", upstream::recordAndAnswer);
			server.start();
			return upstream;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the " + name + " stand-in", ex);
		}
	}

	/** Serves a path prefix with its own behaviour, after recording the request as usual. */
	public void serve(String pathPrefix, HttpHandler handler) {
		server.createContext(pathPrefix, exchange -> {
			received.add(ReceivedRequest.of(exchange, 0, ""));
			handler.handle(exchange);
		});
	}

	public URI uri() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
	}

	public List<ReceivedRequest> received() {
		return List.copyOf(received);
	}

	public void forget() {
		received.clear();
	}

	public void stop() {
		server.stop(0);
	}

	private void recordAndAnswer(HttpExchange exchange) throws IOException {
		MessageDigest digest = sha256();
		long size = 0;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream body = exchange.getRequestBody()) {
			for (int read = body.read(buffer); read != -1; read = body.read(buffer)) {
				digest.update(buffer, 0, read);
				size += read;
			}
		}
		received.add(ReceivedRequest.of(exchange, size, HexFormat.of().formatHex(digest.digest())));
		byte[] answer = ("{\"upstream\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, answer.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(answer);
		}
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** One request as the upstream saw it; header names lower-cased. */
	public record ReceivedRequest(String method, String rawPathAndQuery, Map<String, List<String>> headers,
			long bodyBytes, String bodySha256) {

		static ReceivedRequest of(HttpExchange exchange, long bodyBytes, String bodySha256) {
			Map<String, List<String>> headers = new TreeMap<>();
			exchange.getRequestHeaders()
				.forEach((header, values) -> headers.computeIfAbsent(header.toLowerCase(Locale.ROOT),
						any -> new ArrayList<>()).addAll(values));
			return new ReceivedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()
					+ (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()),
					headers, bodyBytes, bodySha256);
		}

		public List<String> header(String name) {
			return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
		}

	}

}

package dev.careers.worker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on loopback standing in for import-service's internal content endpoint:
 * serves documents by name, records the tenant header of each request, and can answer 503.
 */
final class DocumentServer implements AutoCloseable {

	private final HttpServer server;

	private final Map<String, Document> documents = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

	private final List<String> tenantHeaders = new CopyOnWriteArrayList<>();

	private DocumentServer(HttpServer server) {
		this.server = server;
	}

	static DocumentServer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			DocumentServer documents = new DocumentServer(server);
			server.createContext("/documents/", documents::serve);
			server.start();
			return documents;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The URL that serves {@code body} as {@code contentType}. */
	String serve(String name, String contentType, byte[] body) {
		documents.put(name, new Document(200, contentType, body));
		return url(name);
	}

	/** The URL of a document whose store is overloaded: it always answers 503. */
	String unavailable(String name) {
		documents.put(name, new Document(503, "text/plain", "busy".getBytes()));
		return url(name);
	}

	int hits(String name) {
		return hits.getOrDefault(name, new AtomicInteger()).get();
	}

	List<String> tenantHeaders() {
		return tenantHeaders;
	}

	private String url(String name) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/documents/" + name;
	}

	private void serve(HttpExchange exchange) throws IOException {
		String name = exchange.getRequestURI().getPath().substring("/documents/".length());
		hits.computeIfAbsent(name, key -> new AtomicInteger()).incrementAndGet();
		tenantHeaders.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Tenant-Id")));
		Document document = documents.getOrDefault(name, new Document(404, "text/plain", new byte[0]));
		exchange.getResponseHeaders().add("Content-Type", document.contentType());
		exchange.sendResponseHeaders(document.status(), document.body().length == 0 ? -1 : document.body().length);
		try (OutputStream body = exchange.getResponseBody()) {
			body.write(document.body());
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

	private record Document(int status, String contentType, byte[] body) {
	}

}

package dev.careers.worker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A real HTTP server on loopback standing in for employers' sites: serves pages by name. */
final class PageServer implements AutoCloseable {

	private final HttpServer server;

	private final Map<String, Page> pages = new ConcurrentHashMap<>();

	private PageServer(HttpServer server) {
		this.server = server;
	}

	static PageServer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			PageServer pages = new PageServer(server);
			server.createContext("/pages/", pages::serve);
			server.start();
			return pages;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The URL that serves {@code body} as {@code contentType}. */
	String serve(String name, String contentType, byte[] body) {
		pages.put(name, new Page(contentType, body));
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/pages/" + name;
	}

	private void serve(HttpExchange exchange) throws IOException {
		Page page = pages.get(exchange.getRequestURI().getPath().substring("/pages/".length()));
		if (page == null) {
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
			return;
		}
		exchange.getResponseHeaders().add("Content-Type", page.contentType());
		exchange.sendResponseHeaders(200, page.body().length == 0 ? -1 : page.body().length);
		try (OutputStream body = exchange.getResponseBody()) {
			body.write(page.body());
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

	private record Page(String contentType, byte[] body) {
	}

}

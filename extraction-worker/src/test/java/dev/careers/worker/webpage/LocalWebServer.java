package dev.careers.worker.webpage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A web server on the loopback interface serving the pages the fetcher tests need: fixtures,
 * errors, slow and huge bodies, PDFs and redirects. It records what each request carried.
 */
final class LocalWebServer implements AutoCloseable {

	static final long HUGE_BODY = 50L * 1024 * 1024;

	private final HttpServer server;

	private final ExecutorService handlers = Executors.newCachedThreadPool();

	private final CountDownLatch released = new CountDownLatch(1);

	final List<Headers> requests = new CopyOnWriteArrayList<>();

	final Map<String, AtomicLong> bytesWritten = new ConcurrentHashMap<>();

	final Map<String, AtomicBoolean> finished = new ConcurrentHashMap<>();

	private LocalWebServer(HttpServer server) {
		this.server = server;
		server.createContext("/page/", this::fixture);
		server.createContext("/status/", this::status);
		server.createContext("/redirect/", this::redirectChain);
		server.createContext("/to", this::redirectTo);
		server.createContext("/cookie-redirect", this::cookieRedirect);
		server.createContext("/pdf", exchange -> send(exchange, 200, "application/pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj"));
		server.createContext("/pdf-as-html", exchange -> send(exchange, 200, "text/html", "%PDF-1.7\n1 0 obj"));
		server.createContext("/no-type", exchange -> send(exchange, 200, null, "<h1>untyped</h1>"));
		server.createContext("/silent", this::silent);
		server.createContext("/drip", this::drip);
		server.createContext("/gzip/", this::gzipFixture);
		server.createContext("/gzip-bomb", this::gzipBomb);
		server.createContext("/huge", exchange -> huge(exchange, true));
		server.createContext("/huge-chunked", exchange -> huge(exchange, false));
		server.setExecutor(handlers);
		server.start();
	}

	static LocalWebServer http() {
		try {
			return new LocalWebServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static LocalWebServer https(SSLContext tls) {
		try {
			HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.setHttpsConfigurator(new HttpsConfigurator(tls));
			return new LocalWebServer(server);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int port() {
		return server.getAddress().getPort();
	}

	/** {@code http(s)://{host}:{port}{path}}. */
	String url(String host, String path) {
		return (server instanceof HttpsServer ? "https" : "http") + "://" + host + ":" + port() + path;
	}

	@Override
	public void close() {
		released.countDown();
		server.stop(0);
		handlers.shutdownNow();
	}

	private void fixture(HttpExchange exchange) throws IOException {
		requests.add(exchange.getRequestHeaders());
		String name = exchange.getRequestURI().getPath().substring("/page/".length());
		try (InputStream in = LocalWebServer.class.getResourceAsStream("/webpage/" + name)) {
			if (in == null) {
				send(exchange, 404, "text/html", "<h1>Not here</h1>");
				return;
			}
			String type = name.endsWith(".txt") ? "text/plain; charset=utf-8" : "text/html; charset=UTF-8";
			send(exchange, 200, type, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	/** A fixture gzip-encoded, in chunks of unannounced length. */
	private void gzipFixture(HttpExchange exchange) throws IOException {
		String name = exchange.getRequestURI().getPath().substring("/gzip/".length());
		try (InputStream in = LocalWebServer.class.getResourceAsStream("/webpage/" + name)) {
			exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
			exchange.getResponseHeaders().add("Content-Encoding", "gzip");
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream out = new GZIPOutputStream(exchange.getResponseBody())) {
				in.transferTo(out);
			}
		}
	}

	/** 50 MB of zeros that travel as about 50 KB of gzip. */
	private void gzipBomb(HttpExchange exchange) throws IOException {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (OutputStream out = new GZIPOutputStream(compressed)) {
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < HUGE_BODY / zeros.length; i++) {
				out.write(zeros);
			}
		}
		exchange.getResponseHeaders().add("Content-Type", "text/html");
		exchange.getResponseHeaders().add("Content-Encoding", "gzip");
		exchange.sendResponseHeaders(200, compressed.size());
		try (OutputStream out = exchange.getResponseBody()) {
			compressed.writeTo(out);
		}
		catch (IOException ex) {
			// the fetcher hung up at its cap
		}
	}

	private void status(HttpExchange exchange) throws IOException {
		int status = Integer.parseInt(exchange.getRequestURI().getPath().substring("/status/".length()));
		send(exchange, status, "text/html", "<h1>Status " + status + "</h1>");
	}

	/** {@code /redirect/n} is a chain of n redirects ending at a posting. */
	private void redirectChain(HttpExchange exchange) throws IOException {
		int left = Integer.parseInt(exchange.getRequestURI().getPath().substring("/redirect/".length()));
		String next = left <= 1 ? "/page/jsonld.html" : "/redirect/" + (left - 1);
		redirect(exchange, next);
	}

	/** {@code /to?url} redirects to {@code url}. */
	private void redirectTo(HttpExchange exchange) throws IOException {
		redirect(exchange, exchange.getRequestURI().getRawQuery());
	}

	private void cookieRedirect(HttpExchange exchange) throws IOException {
		requests.add(exchange.getRequestHeaders());
		exchange.getResponseHeaders().add("Set-Cookie", "session=secret; Path=/");
		exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"jobs\"");
		redirect(exchange, "/page/jsonld.html");
	}

	private static void redirect(HttpExchange exchange, String location) throws IOException {
		exchange.getResponseHeaders().add("Location", location);
		exchange.sendResponseHeaders(302, -1);
		exchange.close();
	}

	/** Answers nothing until the test ends. */
	private void silent(HttpExchange exchange) throws IOException {
		awaitRelease(30_000);
		exchange.close();
	}

	/** A byte now and then: never idle long enough for the read timeout, but never done. */
	private void drip(HttpExchange exchange) throws IOException {
		exchange.getResponseHeaders().add("Content-Type", "text/html");
		exchange.sendResponseHeaders(200, 0);
		try (OutputStream out = exchange.getResponseBody()) {
			for (int i = 0; i < 300 && !awaitRelease(100); i++) {
				out.write(' ');
				out.flush();
			}
		}
		catch (IOException ex) {
			// the fetcher hung up, as it should
		}
	}

	/** 50 MB of HTML, counting what actually left the server before the client hung up. */
	private void huge(HttpExchange exchange, boolean declareLength) throws IOException {
		String path = exchange.getRequestURI().getPath();
		AtomicLong written = bytesWritten.computeIfAbsent(path, key -> new AtomicLong());
		AtomicBoolean done = finished.computeIfAbsent(path, key -> new AtomicBoolean());
		exchange.getResponseHeaders().add("Content-Type", "text/html");
		exchange.sendResponseHeaders(200, declareLength ? HUGE_BODY : 0);
		byte[] block = "<p>filler filler filler filler filler filler filler filler</p>\n".repeat(1024)
			.getBytes(StandardCharsets.US_ASCII);
		try (OutputStream out = exchange.getResponseBody()) {
			while (written.get() < HUGE_BODY) {
				int length = (int) Math.min(block.length, HUGE_BODY - written.get());
				out.write(block, 0, length);
				written.addAndGet(length);
			}
		}
		catch (IOException ex) {
			// the fetcher hung up at its cap
		}
		finally {
			done.set(true);
		}
	}

	private boolean awaitRelease(long millis) {
		try {
			return released.await(millis, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return true;
		}
	}

	private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		if (contentType != null) {
			exchange.getResponseHeaders().add("Content-Type", contentType);
		}
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}

package dev.careers.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * A job board on loopback serving one posting page with schema.org JSON-LD, as the worker's
 * fetcher meets real boards, and one application shell (a single-page app whose HTML holds no
 * posting until JavaScript runs); reached through the worker's allow-list.
 */
public final class JobBoard implements AutoCloseable {

	public static final String TITLE = "Platform Engineer";

	public static final String COMPANY = "Loopback Labs";

	private static final String PAGE = """
			<!doctype html>
			<html><head><title>%1$s at %2$s</title>
			<script type="application/ld+json">
			{"@context": "https://schema.org", "@type": "JobPosting",
			 "title": "%1$s",
			 "hiringOrganization": {"@type": "Organization", "name": "%2$s"},
			 "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Berlin", "addressCountry": "DE"}},
			 "employmentType": "FULL_TIME",
			 "datePosted": "2026-11-01",
			 "description": "<p>We run our platform on Kubernetes and write services in Java and Go. You know SQL, PostgreSQL and Kafka, and you communicate clearly with product teams.</p>"}
			</script></head>
			<body><h1>%1$s</h1><p>We run our platform on Kubernetes and write services in Java and Go.</p></body></html>
			""".formatted(TITLE, COMPANY);

	private static final String SHELL = """
			<!doctype html>
			<html><head><title>%s Careers</title><script type="module" src="/assets/index-7c1f.js"></script></head>
			<body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div></body></html>
			""".formatted(COMPANY);

	private final HttpServer server;

	private JobBoard(HttpServer server) {
		this.server = server;
	}

	public static JobBoard start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			serve(server, "/jobs/platform-engineer", PAGE);
			serve(server, "/app/jobs/data-engineer", SHELL);
			server.start();
			return new JobBoard(server);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void serve(HttpServer server, String path, String page) {
		server.createContext(path, exchange -> {
			byte[] body = page.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
	}

	public String postingUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/jobs/platform-engineer";
	}

	/** A posting that only a browser running JavaScript would show: its task fails as NEEDS_JAVASCRIPT. */
	public String applicationShellUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/app/jobs/data-engineer";
	}

	@Override
	public void close() {
		server.stop(0);
	}

}

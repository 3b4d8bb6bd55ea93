package dev.careers.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * A job board on loopback serving one posting page with schema.org JSON-LD, as the worker's
 * fetcher meets real boards; reached through the worker's allow-list.
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

	private final HttpServer server;

	private JobBoard(HttpServer server) {
		this.server = server;
	}

	public static JobBoard start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/jobs/platform-engineer", exchange -> {
				byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
				exchange.close();
			});
			server.start();
			return new JobBoard(server);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String postingUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/jobs/platform-engineer";
	}

	@Override
	public void close() {
		server.stop(0);
	}

}

package dev.careers.worker.webpage;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import dev.careers.events.FailureCode;
import dev.careers.events.JobPostingDetails;
import dev.careers.worker.ExtractionFailure;
import dev.careers.worker.webpage.fetching.FetchProperties;
import dev.careers.worker.webpage.fetching.HostResolver;
import dev.careers.worker.webpage.fetching.PageFetcher;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.util.unit.DataSize;

import static dev.careers.worker.FailureAssertions.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The reader against real HTTP servers on the loopback interface, reached through the allow-list
 * ({@code localhost}); the guard refuses any connection that would leave this machine.
 */
class JobPageReaderTest {

	private static final String USER_AGENT = "CareersBulkImport-Test/1.0";

	private static LocalWebServer server;

	private final GuardedSockets sockets = new GuardedSockets();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	@BeforeAll
	static void startServer() {
		server = LocalWebServer.http();
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@Test
	void readsJsonLdPosting() {
		JobPostingDetails posting = allowingLocalhost().read(local("/page/jsonld.html"));

		assertThat(posting.parsedBy()).isEqualTo("json-ld");
		assertThat(posting.title()).isEqualTo("Senior Data Engineer");
		assertThat(posting.company()).isEqualTo("Northwind Analytics");
		assertThat(posting.locations()).containsExactly("Berlin, BE, DE", "Lisbon, PT");
		assertThat(posting.employmentType()).isEqualTo("Full-time, Contract");
		assertThat(posting.remote()).isFalse();
		assertThat(posting.salary()).isEqualTo("EUR 70,000–90,000 per year");
		assertThat(posting.datePosted()).isEqualTo("2026-10-01");
		assertThat(posting.validThrough()).isEqualTo("2026-12-31");
		assertThat(posting.description()).startsWith("Northwind Analytics builds forecasting software")
			.contains("Responsibilities\n\n- Build streaming pipelines with Kafka and Spark\n- Own data quality")
			.doesNotContain("<");
		assertThat(posting.sourceUrl()).isEqualTo(local("/page/jsonld.html"));
	}

	@Test
	void readsJsonLdPostingInsideGraph() {
		JobPostingDetails posting = allowingLocalhost().read(local("/page/jsonld-graph.html"));

		assertThat(posting.parsedBy()).isEqualTo("json-ld");
		assertThat(posting.title()).isEqualTo("Product Designer");
		assertThat(posting.company()).isEqualTo("Contoso");
		assertThat(posting.remote()).isTrue();
		assertThat(posting.locations()).containsExactly("Canada");
		assertThat(posting.employmentType()).isEqualTo("Part-time");
		assertThat(posting.salary()).isEqualTo("CAD 55.5 per hour");
		assertThat(posting.description()).contains("You will run user research").contains("\n\nRequirements:\n");
	}

	@Test
	void repairsBrokenJsonLd() {
		JobPostingDetails posting = allowingLocalhost().read(local("/page/jsonld-broken.html"));

		assertThat(posting.parsedBy()).isEqualTo("json-ld");
		assertThat(posting.title()).isEqualTo("Warehouse Shift Lead");
		assertThat(posting.company()).isEqualTo("Fabrikam Logistics");
		assertThat(posting.locations()).containsExactly("Rotterdam, NL");
		assertThat(posting.description()).isEqualTo("Lead a team of twelve on the night shift.\n"
				+ "Plan picking waves and keep the forklift certifications current.");
	}

	@Test
	void fallsBackToThePageBodyWhenJsonLdIsBeyondRepair() {
		JobPostingDetails posting = allowingLocalhost().read(local("/page/jsonld-broken-body.html"));

		assertThat(posting.parsedBy()).isEqualTo("heuristic");
		assertThat(posting.title()).isEqualTo("Backend Engineer (Go)");
		assertThat(posting.company()).isEqualTo("Tailspin Toys");
		assertThat(posting.description()).contains("- Design and build Go services running on Kubernetes")
			.doesNotContain("All jobs")
			.doesNotContain("©");
	}

	@Test
	void readsGreenhouseShapedPage() {
		JobPostingDetails posting = allowingLocalhost().read(local("/page/greenhouse.html"));

		assertThat(posting.parsedBy()).isEqualTo("greenhouse");
		assertThat(posting.title()).isEqualTo("Site Reliability Engineer");
		assertThat(posting.company()).isEqualTo("Woodgrove Bank");
		assertThat(posting.locations()).containsExactly("Toronto, Ontario, Canada");
		assertThat(posting.description()).contains("- Linux, Terraform and Prometheus").doesNotContain("Submit Application");
	}

	@Test
	void readsLeverShapedPage() {
		JobPostingDetails posting = allowingLocalhost().read(local("/page/lever.html"));

		assertThat(posting.parsedBy()).isEqualTo("lever");
		assertThat(posting.title()).isEqualTo("Mobile Engineer (iOS)");
		assertThat(posting.company()).isEqualTo("Adventure Works");
		assertThat(posting.locations()).containsExactly("Seattle, WA");
		assertThat(posting.employmentType()).isEqualTo("Full-time");
		assertThat(posting.remote()).isTrue();
		assertThat(posting.description()).contains("You will ship features in Swift")
			.contains("- 4+ years of iOS development")
			.contains("We offer equity")
			.doesNotContain("Apply for this job");
	}

	@Test
	void readsPlainTextPosting() {
		JobPostingDetails posting = allowingLocalhost().read(local("/page/posting.txt"));

		assertThat(posting.parsedBy()).isEqualTo("heuristic");
		assertThat(posting.title()).isEqualTo("Registered Electrician");
		assertThat(posting.description()).contains("City & Guilds Level 3");
	}

	@Test
	void articleIsNotAJobPosting() {
		assertFailure(() -> allowingLocalhost().read(local("/page/article.html")), FailureCode.NOT_A_JOB_POSTING);
	}

	@Test
	void notFoundFailsAsFetchFailedSayingNotFound() {
		assertThatThrownBy(() -> allowingLocalhost().read(local("/status/404")))
			.isInstanceOfSatisfying(ExtractionFailure.class,
					failure -> assertThat(failure.code()).isEqualTo(FailureCode.FETCH_FAILED))
			.hasMessageContaining("not found (HTTP 404)");
	}

	@Test
	void serverErrorFailsAsFetchFailedWithItsStatus() {
		assertThatThrownBy(() -> allowingLocalhost().read(local("/status/503")))
			.isInstanceOfSatisfying(ExtractionFailure.class,
					failure -> assertThat(failure.code()).isEqualTo(FailureCode.FETCH_FAILED))
			.hasMessageContaining("HTTP 503")
			.hasMessageNotContaining("not found");
	}

	@Test
	void refusedConnectionFailsAsFetchFailed() throws Exception {
		int closedPort;
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = probe.getLocalPort();
		}
		assertFailure(() -> allowingLocalhost().read("http://localhost:" + closedPort + "/"), FailureCode.FETCH_FAILED);
	}

	@Test
	void silentServerFailsAsTimeout() {
		JobPageReader reader = reader(settings(List.of("localhost"), Duration.ofMillis(300), Duration.ofSeconds(5),
				DataSize.ofMegabytes(5)));

		long started = System.nanoTime();
		assertFailure(() -> reader.read(local("/silent")), FailureCode.TIMEOUT);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void drippingServerFailsAsTimeoutAtTheTotalCap() {
		JobPageReader reader = reader(settings(List.of("localhost"), Duration.ofSeconds(2), Duration.ofMillis(800),
				DataSize.ofMegabytes(5)));

		long started = System.nanoTime();
		assertThatThrownBy(() -> reader.read(local("/drip"))).isInstanceOfSatisfying(ExtractionFailure.class,
				failure -> assertThat(failure.code()).isEqualTo(FailureCode.TIMEOUT))
			.hasMessageContaining("total time cap");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/huge", "/huge-chunked" })
	void hugeBodyFailsAsTooLargeWithoutReadingItAll(String path) {
		assertFailure(() -> allowingLocalhost().read(local(path)), FailureCode.TOO_LARGE);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(server.finished.get(path)).isTrue());
		assertThat(server.bytesWritten.get(path).get()).isLessThan(LocalWebServer.HUGE_BODY / 2);
	}

	@Test
	void readsGzipEncodedChunkedPage() {
		JobPostingDetails posting = allowingLocalhost().read(local("/gzip/lever.html"));

		assertThat(posting.title()).isEqualTo("Mobile Engineer (iOS)");
	}

	@Test
	void gzipBombFailsAsTooLargeAtTheDecodedCap() {
		assertFailure(() -> allowingLocalhost().read(local("/gzip-bomb")), FailureCode.TOO_LARGE);
	}

	@Test
	void pdfServedAsTheUrlIsUnsupportedContent() {
		assertFailure(() -> allowingLocalhost().read(local("/pdf")), FailureCode.UNSUPPORTED_CONTENT);
	}

	@Test
	void pdfBytesLabelledHtmlAreUnsupportedContent() {
		assertFailure(() -> allowingLocalhost().read(local("/pdf-as-html")), FailureCode.UNSUPPORTED_CONTENT);
	}

	@Test
	void contentWithoutTypeIsUnsupportedContent() {
		assertFailure(() -> allowingLocalhost().read(local("/no-type")), FailureCode.UNSUPPORTED_CONTENT);
	}

	@Test
	void followsFiveRedirects() {
		JobPostingDetails posting = allowingLocalhost().read(local("/redirect/5"));

		assertThat(posting.title()).isEqualTo("Senior Data Engineer");
		assertThat(posting.sourceUrl()).isEqualTo(local("/page/jsonld.html"));
	}

	@Test
	void chainOfSixRedirectsFailsAsTooManyRedirects() {
		assertThatThrownBy(() -> allowingLocalhost().read(local("/redirect/6")))
			.isInstanceOfSatisfying(ExtractionFailure.class,
					failure -> assertThat(failure.code()).isEqualTo(FailureCode.FETCH_FAILED))
			.hasMessageContaining("too many redirects");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:{port}/page/jsonld.html", "http://10.0.0.1/",
			"http://169.254.169.254/latest/meta-data/", "http://[::1]:{port}/page/jsonld.html",
			"http://[::ffff:127.0.0.1]:{port}/page/jsonld.html", "http://2130706433:{port}/page/jsonld.html",
			"http://[fd00:ec2::254]/latest/meta-data/", "http://192.168.0.1/", "http://100.64.0.1/" })
	void redirectFromAllowedHostToNonPublicAddressIsBlocked(String target) {
		String redirect = local("/to?" + target.replace("{port}", String.valueOf(server.port())));

		assertFailure(() -> allowingLocalhost().read(redirect), FailureCode.BLOCKED_ADDRESS);
		assertThat(sockets.attempts).as("only the allowed host was connected to")
			.isNotEmpty()
			.allSatisfy(attempt -> assertThat(attempt.getPort()).isEqualTo(server.port()));
	}

	@Test
	void redirectToAnotherAllowedHostIsFollowed() {
		JobPageReader reader = reader(FetchProperties.allowing(List.of("localhost", "127.0.0.1")));

		JobPostingDetails posting = reader.read(local("/to?" + server.url("127.0.0.1", "/page/jsonld.html")));

		assertThat(posting.sourceUrl()).isEqualTo(server.url("127.0.0.1", "/page/jsonld.html"));
	}

	@Test
	void sendsNoCookiesOrCredentialsAndSaysWhoItIs() {
		server.requests.clear();

		allowingLocalhost().read(local("/cookie-redirect"));

		assertThat(server.requests).hasSize(2).allSatisfy(headers -> {
			assertThat(headers.getFirst("User-Agent")).isEqualTo(USER_AGENT);
			assertThat(headers).doesNotContainKeys("Cookie", "Authorization", "Proxy-authorization");
		});
		assertThat(server.requests.get(1).getFirst("Host")).isEqualTo("localhost:" + server.port());
	}

	@Test
	void urlWithCredentialsIsInvalid() {
		assertFailure(() -> allowingLocalhost().read("http://user:secret@localhost:" + server.port() + "/"),
				FailureCode.INVALID_URL);
		assertThat(sockets.attempts).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://localhost/job", "file:///etc/passwd", "javascript:alert(1)", "/jobs/42",
			"not a url", "" })
	void nonHttpAddressesAreInvalid(String url) {
		assertFailure(() -> allowingLocalhost().read(url), FailureCode.INVALID_URL);
		assertThat(sockets.attempts).isEmpty();
	}

	@Test
	void withoutAllowListLoopbackInEverySpellingIsBlockedWithoutConnecting() throws Exception {
		JobPageReader reader = reader(FetchProperties.allowing(List.of()));
		try (AcceptCounter listener = new AcceptCounter()) {
			int port = listener.port();
			for (String host : List.of("127.0.0.1", "localhost", "2130706433", "0177.0.0.1", "0x7f.0.0.1", "127.1",
					"0x7f000001", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[::1]", "[0:0:0:0:0:0:0:1]", "0.0.0.0",
					"[::]", "LOCALHOST.")) {
				assertFailure(() -> reader.read("http://" + host + ":" + port + "/page/jsonld.html"),
						FailureCode.BLOCKED_ADDRESS);
			}
			assertThat(sockets.attempts).isEmpty();
			listener.assertNoConnectionBeforeProbe();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://10.0.0.1/", "http://172.16.5.4/", "http://192.168.1.1/", "http://100.64.0.1/",
			"http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/", "http://[fe80::1]/",
			"http://[fc00::1]/", "http://[::ffff:10.0.0.1]/", "http://[::ffff:a9fe:a9fe]/",
			"http://[64:ff9b::a9fe:a9fe]/", "http://[2002:7f00:1::]/", "http://0xa9.0xfe.0xa9.0xfe/",
			"http://2852039166/", "http://224.0.0.1/", "http://255.255.255.255/", "http://192.0.2.1/",
			"http://[2001:db8::1]/", "http://[ff02::1]/" })
	void withoutAllowListNonPublicAddressesAreBlockedBeforeAnyConnection(String url) {
		assertFailure(() -> reader(FetchProperties.allowing(List.of())).read(url), FailureCode.BLOCKED_ADDRESS);
		assertThat(sockets.attempts).isEmpty();
	}

	@Test
	void hostWithAnyNonPublicAddressIsBlocked() throws Exception {
		HostResolver rebinding = host -> List.of(InetAddress.getByName("93.184.215.14"),
				InetAddress.getByName("127.0.0.1"));
		JobPageReader reader = new JobPageReader(
				new PageFetcher(FetchProperties.allowing(List.of()), rebinding, sockets.plainOnly()), meters);

		assertFailure(() -> reader.read("http://jobs.example/posting/1"), FailureCode.BLOCKED_ADDRESS);
		assertThat(sockets.attempts).isEmpty();
	}

	@Test
	void connectsToTheAddressItCheckedAndLooksUpOnce() {
		AtomicInteger lookups = new AtomicInteger();
		HostResolver dns = host -> {
			lookups.incrementAndGet();
			return List.of(InetAddress.getLoopbackAddress());
		};
		JobPageReader reader = new JobPageReader(
				new PageFetcher(FetchProperties.allowing(List.of("posting.test")), dns, sockets.plainOnly()), meters);
		server.requests.clear();

		JobPostingDetails posting = reader.read(server.url("posting.test", "/page/jsonld.html"));

		assertThat(posting.title()).isEqualTo("Senior Data Engineer");
		assertThat(lookups).hasValue(1);
		assertThat(sockets.attempts).containsExactly(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()));
		assertThat(server.requests.get(0).getFirst("Host")).isEqualTo("posting.test:" + server.port());
	}

	@Test
	void unknownHostFailsAsFetchFailed() {
		HostResolver nxdomain = host -> {
			throw new UnknownHostException(host);
		};
		JobPageReader reader = new JobPageReader(
				new PageFetcher(FetchProperties.allowing(List.of()), nxdomain, sockets.plainOnly()), meters);

		assertThatThrownBy(() -> reader.read("https://no-such-host.example/")).isInstanceOf(ExtractionFailure.class)
			.hasMessageContaining("host not found");
	}

	@Test
	void hangingNameLookupFailsAsTimeout() {
		CountDownLatch never = new CountDownLatch(1);
		HostResolver hanging = host -> {
			try {
				never.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return List.of();
		};
		FetchProperties settings = new FetchProperties(List.of(), Duration.ofMillis(300), Duration.ofSeconds(5),
				Duration.ofSeconds(5), DataSize.ofMegabytes(1), FetchProperties.DEFAULT_MAX_REDIRECTS, USER_AGENT);
		JobPageReader reader = new JobPageReader(new PageFetcher(settings, hanging, sockets.plainOnly()), meters);

		long started = System.nanoTime();
		assertFailure(() -> reader.read("https://slow-dns.example/"), FailureCode.TIMEOUT);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
		assertThat(sockets.attempts).isEmpty();
	}

	@Test
	void countsOutcomesWithoutTheAddress() {
		JobPageReader reader = allowingLocalhost();
		reader.read(local("/page/jsonld.html"));
		assertFailure(() -> reader.read(local("/status/404")), FailureCode.FETCH_FAILED);
		assertFailure(() -> reader.read("http://10.0.0.1/"), FailureCode.BLOCKED_ADDRESS);

		assertThat(meters.get("careers.fetch").tag("outcome", "ok").counter().count()).isEqualTo(1);
		assertThat(meters.get("careers.fetch").tag("outcome", "FETCH_FAILED").counter().count()).isEqualTo(1);
		assertThat(meters.get("careers.fetch").tag("outcome", "BLOCKED_ADDRESS").counter().count()).isEqualTo(1);
		assertThat(meters.getMeters()).extracting(Meter::getId)
			.allSatisfy(id -> assertThat(id.getTags()).allSatisfy(tag -> assertThat(tag.getKey()).isEqualTo("outcome")));
	}

	private JobPageReader allowingLocalhost() {
		return reader(settings(List.of("localhost"), Duration.ofSeconds(5), Duration.ofSeconds(10),
				DataSize.ofMegabytes(2)));
	}

	private JobPageReader reader(FetchProperties settings) {
		return new JobPageReader(new PageFetcher(settings, HostResolver.SYSTEM, sockets.plainOnly()), meters);
	}

	private static FetchProperties settings(List<String> allowedHosts, Duration readTimeout, Duration totalTimeout,
			DataSize maxBody) {
		return new FetchProperties(allowedHosts, Duration.ofSeconds(2), readTimeout, totalTimeout, maxBody,
				FetchProperties.DEFAULT_MAX_REDIRECTS, USER_AGENT);
	}

	private static String local(String path) {
		return server.url("localhost", path);
	}

	/**
	 * A loopback listener that counts the connections it accepts. Connections are accepted in
	 * order, so when our own probe is the first one accepted, nothing connected before it.
	 */
	private static final class AcceptCounter implements AutoCloseable {

		private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());

		private final AtomicInteger accepted = new AtomicInteger();

		private final Thread acceptor = new Thread(this::acceptAll, "accept-counter");

		AcceptCounter() throws IOException {
			acceptor.setDaemon(true);
			acceptor.start();
		}

		int port() {
			return socket.getLocalPort();
		}

		void assertNoConnectionBeforeProbe() throws IOException {
			try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port())) {
				await().atMost(Duration.ofSeconds(5)).until(() -> accepted.get() >= 1);
				assertThat(accepted).as("connections accepted, the probe included").hasValue(1);
			}
		}

		private void acceptAll() {
			while (!socket.isClosed()) {
				try (Socket ignored = socket.accept()) {
					accepted.incrementAndGet();
				}
				catch (IOException ex) {
					return;
				}
			}
		}

		@Override
		public void close() throws IOException {
			socket.close();
		}

	}

}

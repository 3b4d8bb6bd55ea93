package dev.careers.worker.webpage;

import java.io.InputStream;
import java.net.InetAddress;
import java.security.KeyStore;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import dev.careers.events.FailureCode;
import dev.careers.events.JobPostingDetails;
import dev.careers.worker.webpage.fetching.FetchProperties;
import dev.careers.worker.webpage.fetching.HostResolver;
import dev.careers.worker.webpage.fetching.PageFetcher;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.careers.worker.FailureAssertions.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * https to a pinned address: the socket goes to the checked IP, yet TLS still sends the host name
 * (SNI) and verifies the certificate against it. The server's certificate is for
 * {@code posting.test} only; test DNS maps every name to the loopback address.
 */
class PinnedTlsTest {

	private static final char[] PASSWORD = "changeit".toCharArray();

	private static SSLContext tls;

	private static LocalWebServer server;

	private final GuardedSockets sockets = new GuardedSockets();

	@BeforeAll
	static void startServer() throws Exception {
		KeyStore keys = KeyStore.getInstance("PKCS12");
		try (InputStream in = PinnedTlsTest.class.getResourceAsStream("/webpage/tls/posting-test.p12")) {
			keys.load(in, PASSWORD);
		}
		KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keyManagers.init(keys, PASSWORD);
		TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trustManagers.init(keys);
		tls = SSLContext.getInstance("TLS");
		tls.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
		server = LocalWebServer.https(tls);
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@Test
	void readsHttpsPageFromThePinnedAddressWhenTheCertificateMatchesTheName() {
		JobPostingDetails posting = reader("posting.test").read(server.url("posting.test", "/page/jsonld.html"));

		assertThat(posting.title()).isEqualTo("Senior Data Engineer");
		assertThat(sockets.attempts).singleElement()
			.satisfies(address -> assertThat(address.getAddress().isLoopbackAddress()).isTrue());
	}

	@Test
	void refusesCertificateForAnotherName() {
		assertFailure(() -> reader("other.test").read(server.url("other.test", "/page/jsonld.html")),
				FailureCode.FETCH_FAILED);
	}

	@Test
	void refusesCertificateThatDoesNotNameTheAddress() {
		assertFailure(() -> reader("127.0.0.1").read(server.url("127.0.0.1", "/page/jsonld.html")),
				FailureCode.FETCH_FAILED);
	}

	private JobPageReader reader(String allowedHost) {
		HostResolver loopbackDns = host -> List.of(InetAddress.getLoopbackAddress());
		PageFetcher fetcher = new PageFetcher(FetchProperties.allowing(List.of(allowedHost)), loopbackDns,
				sockets.with(tls.getSocketFactory()));
		return new JobPageReader(fetcher, new SimpleMeterRegistry());
	}

}

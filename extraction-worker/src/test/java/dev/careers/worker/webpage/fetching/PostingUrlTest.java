package dev.careers.worker.webpage.fetching;

import java.util.List;

import dev.careers.events.FailureCode;
import dev.careers.worker.ExtractionFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.careers.worker.FailureAssertions.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostingUrlTest {

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "http://2130706433/, 127.0.0.1", "http://0177.0.0.1/, 127.0.0.1", "http://0x7f.1/, 127.0.0.1",
			"http://127.1/, 127.0.0.1", "http://0x7F000001/, 127.0.0.1", "http://10.0.0.1./, 10.0.0.1",
			"http://0xa9.0xfe.0xa9.0xfe/, 169.254.169.254", "http://2852039166/, 169.254.169.254",
			"http://[::ffff:127.0.0.1]/, 127.0.0.1", "http://[::1]/, 0:0:0:0:0:0:0:1" })
	void readsNumericHostsAsBrowsersDo(String url, String address) {
		PostingUrl parsed = PostingUrl.parse(url);

		assertThat(parsed.literalAddress()).isNotNull();
		assertThat(parsed.literalAddress().getHostAddress()).isEqualTo(address);
	}

	@Test
	void normalisesNamesPortsAndTargets() {
		PostingUrl url = PostingUrl.parse("  HTTPS://Jobs.Example.COM.:443/careers/42?src=li&x=ä#apply ");

		assertThat(url.scheme()).isEqualTo("https");
		assertThat(url.host()).isEqualTo("jobs.example.com");
		assertThat(url.port()).isEqualTo(443);
		assertThat(url.literalAddress()).isNull();
		assertThat(url.pathAndQuery()).isEqualTo("/careers/42?src=li&x=%C3%A4");
		assertThat(url.authority()).isEqualTo("jobs.example.com");
		assertThat(url).hasToString("https://jobs.example.com/careers/42?src=li&x=%C3%A4");
	}

	@Test
	void convertsInternationalNamesToAscii() {
		assertThat(PostingUrl.parse("http://bücher.example:8080").host()).isEqualTo("xn--bcher-kva.example");
		assertThat(PostingUrl.parse("http://bücher.example:8080").authority()).isEqualTo("xn--bcher-kva.example:8080");
	}

	@Test
	void resolvesRelativeRedirects() {
		PostingUrl base = PostingUrl.parse("https://jobs.example/a/b?c=d");

		assertThat(base.resolve("../x")).hasToString("https://jobs.example/x");
		assertThat(base.resolve("//other.example/y")).hasToString("https://other.example/y");
		assertThat(base.resolve("/jobs/data engineer")).hasToString("https://jobs.example/jobs/data%20engineer");
		assertThat(base.resolve("http://[::1]:8080/z").literalAddress()).isNotNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://x.example/", "javascript:alert(1)", "mailto:jobs@x.example", "//x.example/job",
			"http://user@x.example/", "http://user:pass@x.example/", "http://x.example:0/", "http://x.example:99999/",
			"http://x.example:8o/", "http://[fe80::1%25eth0]/", "http://[::1/", "http://256.0.0.1/",
			"http://1.2.3.4.5/", "http://0x1g.0.0.1/", "http://09.0.0.1/", "http://exa mple.com/", "http:///path",
			"http://ex%61mple.com/", "http://ex$ample.com/" })
	void rejectsWhatIsNotAPlainHttpAddress(String url) {
		assertFailure(() -> PostingUrl.parse(url), FailureCode.INVALID_URL);
	}

	@Test
	void rejectsOverlongAddresses() {
		assertFailure(() -> PostingUrl.parse("https://x.example/" + "a".repeat(3000)), FailureCode.INVALID_URL);
	}

	@Test
	void redirectToUnusableAddressFailsTheFetch() {
		PostingUrl base = PostingUrl.parse("https://jobs.example/");

		for (String location : List.of("file:///etc/passwd", "http://user:pw@jobs.example/", "gopher://x/")) {
			assertThatThrownBy(() -> base.resolve(location)).satisfies(failure -> assertThat(
					((ExtractionFailure) failure).code()).isEqualTo(FailureCode.FETCH_FAILED));
		}
	}

	@Test
	void allowListMatchesEverySpellingOfAnAddressAndSubdomainWildcards() {
		AllowedHosts allowed = new AllowedHosts(List.of("127.0.0.1", "[::1]", "Intranet.Corp", "*.jobs.corp"));

		assertThat(allowed.allows(PostingUrl.parse("http://2130706433/"))).isTrue();
		assertThat(allowed.allows(PostingUrl.parse("http://[::ffff:127.0.0.1]/"))).isTrue();
		assertThat(allowed.allows(PostingUrl.parse("http://[0:0:0:0:0:0:0:1]/"))).isTrue();
		assertThat(allowed.allows(PostingUrl.parse("http://intranet.corp/"))).isTrue();
		assertThat(allowed.allows(PostingUrl.parse("http://eu.jobs.corp/"))).isTrue();
		assertThat(allowed.allows(PostingUrl.parse("http://jobs.corp/"))).isFalse();
		assertThat(allowed.allows(PostingUrl.parse("http://evil-jobs.corp/"))).isFalse();
		assertThat(allowed.allows(PostingUrl.parse("http://127.0.0.2/"))).isFalse();
		assertThat(allowed.allows(PostingUrl.parse("http://localhost/"))).isFalse();
	}

	@Test
	void allowListRejectsEntriesThatAreNoHost() {
		assertThatThrownBy(() -> new AllowedHosts(List.of("http://x.example/"))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("allowed-hosts");
	}

}

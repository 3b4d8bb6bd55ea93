package dev.careers.importer.imports;

import java.util.List;
import java.util.Optional;

import dev.careers.events.FailureCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PostingUrlsTest {

	private static final PostingFetchProperties NOTHING_ALLOWED = new PostingFetchProperties(List.of());

	@Test
	void anAbsoluteHttpsAddressIsKeptWithoutItsFragment() {
		PostingUrls.Checked checked = PostingUrls.check("  https://jobs.example.com/postings/42?ref=feed#apply  ",
				NOTHING_ALLOWED);

		assertThat(checked.rejection()).isEmpty();
		assertThat(checked.url()).isEqualTo("https://jobs.example.com/postings/42?ref=feed");
	}

	@Test
	void aHostNameIsNeverResolvedHere() {
		assertThat(PostingUrls.check("http://localhost:8080/job", NOTHING_ALLOWED).rejection()).isEmpty();
		assertThat(PostingUrls.check("http://no-such-host.invalid/job", NOTHING_ALLOWED).rejection()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "jobs.example.com/postings/42", "/postings/42", "ftp://jobs.example.com/42",
			"file:///etc/passwd", "javascript:alert(1)", "mailto:jobs@example.com", "https:///no-host",
			"https://user:secret@jobs.example.com/42", "https://user@jobs.example.com/42", "https://exa mple.com/42" })
	void whatIsNotAnAbsoluteHttpAddressWithoutCredentialsIsInvalid(String url) {
		assertThat(PostingUrls.check(url, NOTHING_ALLOWED).rejection()).contains(FailureCode.INVALID_URL);
	}

	@Test
	void anOverlongAddressIsInvalid() {
		String url = "https://jobs.example.com/" + "a".repeat(PostingUrls.MAX_LENGTH);

		assertThat(PostingUrls.check(url, NOTHING_ALLOWED).rejection()).contains(FailureCode.INVALID_URL);
		assertThat(PostingUrls.check(url.substring(0, PostingUrls.MAX_LENGTH), NOTHING_ALLOWED).rejection()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1/job", "http://10.0.0.1/job", "http://192.168.1.20:8080/job",
			"http://172.16.0.5/job", "http://169.254.169.254/latest/meta-data", "http://100.64.0.1/job",
			"http://0.0.0.0/job", "http://[::1]/job", "http://[fd00:ec2::254]/job", "http://[fe80::1]/job",
			"http://[::ffff:127.0.0.1]/job", "http://224.0.0.1/job" })
	void aLiteralNonPublicAddressIsBlockedWithoutAnyConnection(String url) {
		assertThat(PostingUrls.check(url, NOTHING_ALLOWED).rejection()).contains(FailureCode.BLOCKED_ADDRESS);
	}

	@Test
	void aLiteralPublicAddressPasses() {
		assertThat(PostingUrls.check("http://93.184.215.14/job", NOTHING_ALLOWED).rejection()).isEqualTo(Optional.empty());
		assertThat(PostingUrls.check("http://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/job", NOTHING_ALLOWED).rejection())
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:8080/job", "http://[::1]/job" })
	void aNonPublicAddressOnTheFetchAllowListPassesAsTheWorkerWouldFetchIt(String url) {
		PostingFetchProperties allowed = new PostingFetchProperties(List.of("127.0.0.1", " ::1 "));

		assertThat(PostingUrls.check(url, allowed).rejection()).isEmpty();
		assertThat(PostingUrls.check("http://10.0.0.1/job", allowed).rejection()).contains(FailureCode.BLOCKED_ADDRESS);
	}

}

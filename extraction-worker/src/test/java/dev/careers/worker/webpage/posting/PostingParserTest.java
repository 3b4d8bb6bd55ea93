package dev.careers.worker.webpage.posting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import dev.careers.events.FailureCode;
import dev.careers.events.JobPostingDetails;
import dev.careers.worker.webpage.fetching.FetchedPage;
import org.junit.jupiter.api.Test;

import static dev.careers.worker.FailureAssertions.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

/** The parser on pages as the boards and real sites shape them; fetching is covered by {@link JobPageReaderTest}. */
class PostingParserTest {

	private static final String URL = "https://jobs.example/posting/1";

	private final PostingParser parser = new PostingParser();

	@Test
	void readsMicrodata() {
		JobPostingDetails posting = parseFixture("microdata.html");

		assertThat(posting.parsedBy()).isEqualTo("microdata");
		assertThat(posting.title()).isEqualTo("Nurse Practitioner");
		assertThat(posting.company()).isEqualTo("Lamna Healthcare");
		assertThat(posting.locations()).containsExactly("Denver, CO");
		assertThat(posting.employmentType()).isEqualTo("Full-time");
		assertThat(posting.datePosted()).isEqualTo("2026-11-02");
		assertThat(posting.description())
			.isEqualTo("Care for patients in our urgent care clinic.\n\n- Assess and treat patients\n- Prescribe medication");
	}

	@Test
	void readsAshbyAppData() {
		JobPostingDetails posting = parseFixture("ashby.html");

		assertThat(posting.parsedBy()).isEqualTo("ashby");
		assertThat(posting.title()).isEqualTo("Machine Learning Engineer");
		assertThat(posting.company()).isEqualTo("Relecloud");
		assertThat(posting.locations()).containsExactly("London", "Remote - UK");
		assertThat(posting.employmentType()).isEqualTo("Full-time");
		assertThat(posting.remote()).isTrue();
		assertThat(posting.salary()).isEqualTo("£80K – £100K");
		assertThat(posting.datePosted()).isEqualTo("2026-10-20");
		assertThat(posting.description()).contains("What you'll do\n\n- Train ranking models in PyTorch");
	}

	@Test
	void readsWorkdayMarkup() {
		JobPostingDetails posting = parseFixture("workday.html");

		assertThat(posting.parsedBy()).isEqualTo("workday");
		assertThat(posting.title()).isEqualTo("Financial Analyst");
		assertThat(posting.company()).isEqualTo("Trey Research");
		assertThat(posting.locations()).containsExactly("Chicago, IL", "New York, NY");
		assertThat(posting.employmentType()).isEqualTo("Full-time");
		assertThat(posting.remote()).isFalse();
		assertThat(posting.datePosted()).as("'Posted 3 Days Ago' is no date").isNull();
		assertThat(posting.description()).contains("Build the quarterly forecast.");
	}

	@Test
	void readsSmartRecruitersMarkup() {
		JobPostingDetails posting = parseFixture("smartrecruiters.html");

		assertThat(posting.parsedBy()).isEqualTo("smartrecruiters");
		assertThat(posting.title()).isEqualTo("Store Manager");
		assertThat(posting.company()).isEqualTo("Wide World Importers");
		assertThat(posting.locations()).containsExactly("Manchester, United Kingdom");
		assertThat(posting.description()).contains("Job Description\n\nRun our flagship store.");
	}

	@Test
	void findsPostingInAnyJsonLdScriptArrayOrNesting() {
		JobPostingDetails posting = parseHtml("""
				<script type="application/ld+json">{"@type":"Organization","name":"Litware"}</script>
				<script type="application/ld+json">
				//<![CDATA[
				[{"@type":"WebPage","mainEntity":{"@type":"http://schema.org/JobPosting","name":"QA Engineer",
				  "hiringOrganization":[{"name":"Litware"}],"description":"Test our apps.",
				  "jobLocation":{"address":"Remote, EU"}}}]
				//]]>
				</script>""");

		assertThat(posting.parsedBy()).isEqualTo("json-ld");
		assertThat(posting.title()).isEqualTo("QA Engineer");
		assertThat(posting.company()).isEqualTo("Litware");
		assertThat(posting.locations()).containsExactly("Remote, EU");
		assertThat(posting.remote()).isTrue();
	}

	@Test
	void readsJsonLdObjectsSeparatedByCommasAndSingleQuotes() {
		JobPostingDetails posting = parseHtml("""
				<script type="application/ld+json">
				{'@type': 'BreadcrumbList'},
				{'@type': 'JobPosting', title: 'Chef de Partie', description: 'Run the grill station.', /* sic */
				 baseSalary: {currency: 'GBP', value: 32000}};
				</script>""");

		assertThat(posting.title()).isEqualTo("Chef de Partie");
		assertThat(posting.salary()).isEqualTo("GBP 32,000");
	}

	@Test
	void decodesEntityEscapedHtmlDescriptions() {
		JobPostingDetails posting = parseHtml("""
				<script type="application/ld+json">{"@type":"JobPosting","title":"Barista",
				"description":"&lt;p&gt;Make coffee.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Latte art&lt;/li&gt;&lt;/ul&gt;"}</script>""");

		assertThat(posting.description()).isEqualTo("Make coffee.\n\n- Latte art");
	}

	@Test
	void borrowsTheMainTextWhenStructuredDataHasNoDescription() {
		JobPostingDetails posting = parseHtml("""
				<script type="application/ld+json">{"@type":"JobPosting","title":"Courier"}</script>
				<nav>Menu</nav><main><h1>Courier</h1><p>Deliver parcels around Leeds by e-bike.</p></main>""");

		assertThat(posting.parsedBy()).isEqualTo("json-ld");
		assertThat(posting.description()).isEqualTo("Courier\n\nDeliver parcels around Leeds by e-bike.");
	}

	@Test
	void survivesHostileJsonLd() {
		String deep = "[".repeat(5000) + "]".repeat(5000);
		String welder = "{\"@type\":\"JobPosting\",\"title\":\"Welder\",\"description\":\"MIG and TIG.\"}";
		JobPostingDetails posting = parseHtml("<script type=\"application/ld+json\">" + deep + "</script>"
				+ "<script type=\"application/ld+json\">" + welder + "</script>");

		assertThat(posting.title()).isEqualTo("Welder");
	}

	@Test
	void capsTheDescription() {
		String longText = "word ".repeat(20_000);
		JobPostingDetails posting = parseHtml("<script type=\"application/ld+json\">{\"@type\":\"JobPosting\","
				+ "\"title\":\"Writer\",\"description\":\"" + longText + "\"}</script>");

		assertThat(posting.description()).hasSizeLessThanOrEqualTo(PostingValues.MAX_DESCRIPTION).endsWith("word");
	}

	@Test
	void careersHomePageIsNotAJobPosting() {
		assertFailure(() -> parseHtml("""
				<h1>Careers at Litware</h1><main><p>We are a team of 200 people building tools for accountants.
				Browse our open roles below and join us.</p><ul><li><a href="/jobs/1">QA Engineer</a></li>
				<li><a href="/jobs/2">Designer</a></li></ul></main>"""), FailureCode.NOT_A_JOB_POSTING);
	}

	@Test
	void articleThatMentionsJobWordsIsNotAJobPosting() {
		assertFailure(() -> parseHtml("""
				<article><h1>Why code review matters</h1>
				<h2>The role of code review</h2>
				<p>Code review spreads knowledge. Remote and hybrid teams rely on it even more than teams sharing an office,
				because review threads replace hallway conversations. The benefits compound over time: fewer defects,
				shared ownership, and faster onboarding of new engineers who read past reviews to learn the codebase.</p>
				<h2>How we apply it</h2>
				<p>Every change gets one reviewer; risky changes get two. Reviews should answer within a working day.</p>
				</article>"""), FailureCode.NOT_A_JOB_POSTING);
	}

	@Test
	void plainTextThatIsNoPostingIsNotAJobPosting() {
		FetchedPage page = new FetchedPage(URL, "text/plain", StandardCharsets.UTF_8,
				"User-agent: *\nDisallow: /private\n".getBytes(StandardCharsets.UTF_8));

		assertFailure(() -> parser.parse(page), FailureCode.NOT_A_JOB_POSTING);
	}

	@Test
	void emptyPageIsNotAJobPosting() {
		assertFailure(() -> parseHtml(""), FailureCode.NOT_A_JOB_POSTING);
	}

	@Test
	void detectsTheCharsetFromThePageWhenTheServerGivesNone() {
		byte[] latin1 = ("<meta charset=\"iso-8859-1\"><script type=\"application/ld+json\">{\"@type\":\"JobPosting\","
				+ "\"title\":\"Pâtissier\",\"description\":\"Crème brûlée.\"}</script>")
			.getBytes(StandardCharsets.ISO_8859_1);

		JobPostingDetails posting = parser.parse(new FetchedPage(URL, "text/html", null, latin1));

		assertThat(posting.title()).isEqualTo("Pâtissier");
	}

	/** The posting on the page saved as {@code webpage/<name>}. */
	static JobPostingDetails parseFixture(String name) {
		try (InputStream in = PostingParserTest.class.getResourceAsStream("/webpage/" + name)) {
			return new PostingParser().parse(new FetchedPage(URL, "text/html", StandardCharsets.UTF_8, in.readAllBytes()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private JobPostingDetails parseHtml(String html) {
		return parser.parse(new FetchedPage(URL, "text/html", StandardCharsets.UTF_8,
				("<!DOCTYPE html><html><head><title>t</title></head><body>" + html + "</body></html>")
					.getBytes(StandardCharsets.UTF_8)));
	}

}

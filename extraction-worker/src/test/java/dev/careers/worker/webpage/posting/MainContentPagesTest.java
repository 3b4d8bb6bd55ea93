package dev.careers.worker.webpage.posting;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import dev.careers.events.FailureCode;
import dev.careers.events.JobPostingDetails;
import dev.careers.worker.webpage.fetching.FetchedPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.careers.worker.FailureAssertions.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Employer pages without structured data (saved under {@code webpage/main-content/}, written for
 * these tests in the shapes real career sites use): the posting is read from the main content,
 * careers index pages and news are refused, and application shells need JavaScript.
 */
class MainContentPagesTest {

	private static final String URL = "https://careers.example/jobs/4711";

	private final PostingParser parser = new PostingParser();

	@Test
	void titleOnlyInTheTitleTagAndTheDescriptionInNestedDivs() {
		JobPostingDetails posting = parsePage("en-title-only.html");

		assertThat(posting.parsedBy()).isEqualTo("heuristic");
		assertThat(posting.title()).isEqualTo("Clinical Research Associate");
		assertThat(posting.locations()).containsExactly("Copenhagen, Denmark");
		assertThat(posting.employmentType()).isEqualTo("Full-time");
		assertThat(posting.description()).contains("Fabrikam Pharma develops medicines for rare metabolic diseases.")
			.contains("Responsibilities\n• Perform site qualification, initiation, monitoring and close-out visits")
			.contains("Qualifications\n• A degree in life sciences, nursing or pharmacy")
			.contains("Send your application and CV by 31 January 2027.")
			.doesNotContain("cookies", "Experienced hires", "Vacancies", "Share this job", "Related vacancies",
					"Medical Writer", "All rights reserved");
	}

	@Test
	void danishLabels() {
		JobPostingDetails posting = parsePage("da-labelled.html");

		assertThat(posting.title()).isEqualTo("Driftsplanlægger til vores operationscenter");
		assertThat(posting.locations()).containsExactly("Esbjerg");
		assertThat(posting.employmentType()).isEqualTo("Fuldtid, fastansættelse");
		assertThat(posting.description()).contains("Dine arbejdsopgaver\n\n- Planlægning af havneanløb")
			.contains("Kvalifikationer\n\n- Du er uddannet skibsfører")
			.contains("Vi tilbyder")
			.doesNotContain("Om os", "CVR");
	}

	@Test
	void germanLabelsInATable() {
		JobPostingDetails posting = parsePage("de-labelled.html");

		assertThat(posting.title()).isEqualTo("Wissenschaftliche*r Mitarbeiter*in Maschinelles Lernen");
		assertThat(posting.company()).isEqualTo("Universität Elbstadt");
		assertThat(posting.locations()).containsExactly("Elbstadt, Campus Nord");
		assertThat(posting.employmentType()).isEqualTo("Vollzeit, befristet auf 3 Jahre");
		assertThat(posting.description()).contains("Ihre Aufgaben\n\n- Forschung zu robusten und erklärbaren Verfahren")
			.contains("Ihr Profil")
			.contains("Wir bieten")
			.doesNotContain("Studium", "Impressum");
	}

	@Test
	void ogTitleWithoutTheSiteSuffixWhenTheHeadingIsGeneric() {
		JobPostingDetails posting = parsePage("og-title.html");

		assertThat(posting.title()).isEqualTo("Lagerchef, centrallager Göteborg");
		assertThat(posting.locations()).containsExactly("Göteborg");
		assertThat(posting.employmentType()).isEqualTo("Tillsvidare, heltid");
		assertThat(posting.description()).contains("Arbetsuppgifter").contains("Din profil").doesNotContain("Kakor");
	}

	@ParameterizedTest
	@ValueSource(strings = { "careers-index.html", "news-article.html" })
	void careersIndexAndNewsAreNotJobPostings(String page) {
		assertFailure(() -> parsePage(page), FailureCode.NOT_A_JOB_POSTING);
	}

	@ParameterizedTest
	@ValueSource(strings = { "workday-shell.html", "react-shell.html" })
	void applicationShellsNeedJavaScript(String page) {
		assertFailure(() -> parsePage(page), FailureCode.NEEDS_JAVASCRIPT);
	}

	@Test
	void aShellThatCarriesItsPostingAsJsonLdIsRead() {
		JobPostingDetails posting = parseHtml("""
				<html><head><title>Litware Careers</title>
				<script type="application/ld+json">{"@type":"JobPosting","title":"Support Engineer",
				"description":"Help our customers run Litware in production."}</script>
				<script type="module" src="/assets/index.js"></script></head>
				<body><div id="root"></div></body></html>""");

		assertThat(posting.title()).isEqualTo("Support Engineer");
	}

	@Test
	void aPageWithTextIsNoShellEvenWithAMountPoint() {
		assertFailure(() -> parseHtml("""
				<html><head><script src="/app.js"></script></head><body><div id="root"><h1>Our story</h1>
				<p>%s</p></div></body></html>""".formatted("We started in a garage in 2004 and grew slowly. ".repeat(10))),
				FailureCode.NOT_A_JOB_POSTING);
	}

	@Test
	void anEmptyPageThatLoadsNothingIsNoShell() {
		assertFailure(() -> parseHtml("<html><head><title>Jobs</title></head><body><div id=\"root\"></div></body></html>"),
				FailureCode.NOT_A_JOB_POSTING);
	}

	@Test
	void theSiteNameComesOffEitherEndOfAPageTitle() {
		Set<String> acme = Set.of("acme");

		assertThat(PageTitle.withoutSiteName("Senior Nurse | Acme Careers", Set.of())).isEqualTo("Senior Nurse");
		assertThat(PageTitle.withoutSiteName("Jobs at Acme - Senior Nurse", acme)).isEqualTo("Senior Nurse");
		assertThat(PageTitle.withoutSiteName("Engineer - Backend | Acme", acme)).isEqualTo("Engineer - Backend");
		assertThat(PageTitle.withoutSiteName("Stellenangebot: Koch (m/w/d) – Acme GmbH", Set.of("acme", "gmbh")))
			.isEqualTo("Koch (m/w/d)");
		assertThat(PageTitle.withoutSiteName("Career Advisor", Set.of())).isEqualTo("Career Advisor");
		assertThat(PageTitle.withoutSiteName("Full-Stack Developer", Set.of())).isEqualTo("Full-Stack Developer");
		assertThat(PageTitle.withoutSiteName("Ledige stillinger | Acme", acme)).isNull();
	}

	private static JobPostingDetails parsePage(String name) {
		return PostingParserTest.parseFixture("main-content/" + name);
	}

	private JobPostingDetails parseHtml(String html) {
		return parser.parse(new FetchedPage(URL, "text/html", StandardCharsets.UTF_8,
				html.getBytes(StandardCharsets.UTF_8)));
	}

}

package dev.careers.worker.webpage.posting;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.careers.events.JobPostingDetails;
import org.jsoup.nodes.Document;

/**
 * A Greenhouse posting page, as boards.greenhouse.io ({@code h1.app-title}, {@code #content}) and
 * job-boards.greenhouse.io ({@code .job__title}, {@code .job__description}) render it, hosted or
 * embedded in a company's site.
 */
final class GreenhouseSource implements PostingSource {

	static final String PARSED_BY = "greenhouse";

	/** Greenhouse titles its pages "Job Application for {title} at {company}". */
	private static final Pattern PAGE_TITLE = Pattern.compile("^Job Application for .+ at (.+)$");

	@Override
	public Optional<JobPostingDetails> read(Document page, String url) {
		String title = PageSelectors.text(page, "h1.app-title, .job__title h1, .job__title");
		String description = PageSelectors.cleanText(page, "#app_body #content, .job__description");
		if (title == null || description == null) {
			return Optional.empty();
		}
		String location = PageSelectors.text(page, "#header .location, .job__location");
		return Optional.of(new JobPostingDetails(title, company(page), location == null ? List.of() : List.of(location),
				null, null, null, null, null, description, url, PARSED_BY));
	}

	private static String company(Document page) {
		String company = PageSelectors.text(page, "#header .company-name");
		if (company != null) {
			return company.replaceFirst("(?i)^at\\s+", "");
		}
		Matcher matcher = PAGE_TITLE.matcher(page.title().strip());
		return matcher.matches() ? matcher.group(1) : PageSelectors.siteName(page);
	}

}

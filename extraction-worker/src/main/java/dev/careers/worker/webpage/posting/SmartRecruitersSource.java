package dev.careers.worker.webpage.posting;

import java.util.List;
import java.util.Optional;

import dev.careers.events.JobPostingDetails;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A SmartRecruiters posting page (jobs.smartrecruiters.com) by its markup, for the variants whose
 * microdata is incomplete: {@code h1.job-title}, {@code spl-job-location}, {@code .job-sections}.
 */
final class SmartRecruitersSource implements PostingSource {

	static final String PARSED_BY = "smartrecruiters";

	@Override
	public Optional<JobPostingDetails> read(Document page, String url) {
		String title = PageSelectors.text(page, "h1.job-title");
		String description = PageSelectors.cleanText(page, ".job-sections");
		if (title == null || description == null || description.isEmpty()) {
			return Optional.empty();
		}
		Element location = page.selectFirst("spl-job-location[formattedaddress]");
		String where = location != null ? location.attr("formattedaddress")
				: PageSelectors.text(page, ".job-details [itemprop=address]");
		return Optional.of(new JobPostingDetails(title, company(page), where == null ? List.of() : List.of(where),
				PageSelectors.text(page, "[itemprop=employmentType]"), null, null, null, null, description, url,
				PARSED_BY));
	}

	private static String company(Document page) {
		Element name = page.selectFirst("[itemprop=hiringOrganization] [itemprop=name]");
		if (name != null) {
			String company = name.hasAttr("content") ? name.attr("content") : name.text();
			if (!company.isBlank()) {
				return company.strip();
			}
		}
		return PageSelectors.siteName(page);
	}

}

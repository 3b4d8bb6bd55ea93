package dev.careers.worker.webpage.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.careers.events.JobPostingDetails;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A Lever posting page (jobs.lever.co): the {@code .posting-headline} with its categories, then
 * the description sections up to the apply button.
 */
final class LeverSource implements PostingSource {

	static final String PARSED_BY = "lever";

	@Override
	public Optional<JobPostingDetails> read(Document page, String url) {
		Element headline = page.selectFirst(".posting-headline");
		String title = headline == null ? null : PageSelectors.text(headline, "h2, h1");
		String description = description(page);
		if (title == null || description.isEmpty()) {
			return Optional.empty();
		}
		List<String> locations = PageSelectors.texts(headline, ".posting-categories .location");
		String commitment = PageSelectors.text(headline, ".posting-categories .commitment");
		String workplace = PageSelectors.text(headline, ".posting-categories .workplaceTypes");
		Boolean remote = workplace == null ? null : PostingValues.mentionsRemote(workplace);
		return Optional.of(new JobPostingDetails(title, company(page), locations, commitment, remote, null, null, null,
				description, url, PARSED_BY));
	}

	private static String description(Document page) {
		List<String> sections = new ArrayList<>();
		for (Element section : page.select(".section-wrapper .section")) {
			boolean apparatus = section.hasClass("posting-header") || section.hasClass("last-section-apply")
					|| section.selectFirst(".posting-headline, .postings-btn, form") != null;
			if (!apparatus) {
				String text = CleanText.of(section);
				if (!text.isEmpty()) {
					sections.add(text);
				}
			}
		}
		return String.join("\n\n", sections);
	}

	/** Lever titles its pages "{company} - {title}" and labels its logo "{company} logo". */
	private static String company(Document page) {
		Element logo = page.selectFirst(".main-header-logo img[alt]");
		if (logo != null && !logo.attr("alt").isBlank()) {
			return logo.attr("alt").replaceFirst("(?i)\\s+logo$", "").strip();
		}
		String pageTitle = page.title();
		int dash = pageTitle.indexOf(" - ");
		return dash > 0 ? pageTitle.substring(0, dash).strip() : PageSelectors.siteName(page);
	}

}

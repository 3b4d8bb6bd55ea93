package dev.careers.worker.webpage.posting;

import java.util.List;
import java.util.Optional;

import dev.careers.events.JobPostingDetails;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The last resort: a page's main content, accepted only when it reads like a posting (see
 * {@link PostingCues}), so articles and careers home pages fail as not a job posting.
 */
final class MainContentSource implements PostingSource {

	static final String PARSED_BY = "heuristic";

	private static final String CHROME = "script, style, noscript, template, nav, header, footer, aside, form, "
			+ "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";

	private static final String CONTENT = "main, [role=main], article, #content, .content, #main";

	@Override
	public Optional<JobPostingDetails> read(Document page, String url) {
		String title = title(page);
		String text = mainText(page);
		if (!PostingCues.looksLikePosting(title, text)) {
			return Optional.empty();
		}
		return Optional.of(new JobPostingDetails(title, PageSelectors.siteName(page), List.of(), null, null, null, null,
				null, text, url, PARSED_BY));
	}

	/** A plain-text page: its first line is the title. */
	Optional<JobPostingDetails> readText(String text, String url) {
		String clean = CleanText.ofMarkupOrText(text.replace("<", "&lt;"));
		String title = clean.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse(null);
		if (!PostingCues.looksLikePosting(title, clean)) {
			return Optional.empty();
		}
		return Optional.of(new JobPostingDetails(title, null, List.of(), null, null, null, null, null, clean, url,
				PARSED_BY));
	}

	/** The text of the page's main content, without navigation, headers, footers and forms. */
	static String mainText(Document page) {
		Document copy = page.clone();
		copy.select(CHROME).remove();
		Element best = copy.body();
		int bestLength = PostingCues.MIN_TEXT - 1;
		for (Element candidate : copy.select(CONTENT)) {
			int length = candidate.text().length();
			if (length > bestLength) {
				best = candidate;
				bestLength = length;
			}
		}
		return best == null ? "" : CleanText.of(best);
	}

	private static String title(Document page) {
		String heading = PageSelectors.text(page, "h1");
		if (heading != null) {
			return heading;
		}
		Element ogTitle = page.selectFirst("meta[property=og:title]");
		if (ogTitle != null && !ogTitle.attr("content").isBlank()) {
			return ogTitle.attr("content");
		}
		return page.title().isBlank() ? null : page.title();
	}

}

package dev.careers.worker.webpage.posting;

import java.util.List;
import java.util.Optional;

import dev.careers.events.JobPostingDetails;
import org.jsoup.nodes.Document;

/**
 * The last resort: a page's main content ({@link MainContent}) under its title ({@link PageTitle}),
 * with the location and employment type where labelled ({@link LabelledFields}), accepted only
 * when it reads like a posting ({@link PostingCues}), so articles and careers home pages fail as
 * not a job posting.
 */
final class MainContentSource implements PostingSource {

	static final String PARSED_BY = "heuristic";

	@Override
	public Optional<JobPostingDetails> read(Document page, String url) {
		String title = PageTitle.of(page);
		String text = MainContent.text(page);
		if (!PostingCues.looksLikePosting(title, text)) {
			return Optional.empty();
		}
		LabelledFields fields = LabelledFields.of(page);
		List<String> locations = fields.location() == null ? List.of() : List.of(fields.location());
		return Optional.of(new JobPostingDetails(title, PageSelectors.siteName(page), locations,
				fields.employmentType(), null, null, null, null, text, url, PARSED_BY));
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

}

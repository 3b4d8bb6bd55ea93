package dev.careers.worker.webpage.posting;

import java.util.Optional;

import dev.careers.events.JobPostingDetails;
import org.jsoup.nodes.Document;

/** A Workday posting page (*.myworkdayjobs.com) as rendered, marked up with {@code data-automation-id}. */
final class WorkdaySource implements PostingSource {

	static final String PARSED_BY = "workday";

	@Override
	public Optional<JobPostingDetails> read(Document page, String url) {
		String title = PageSelectors.text(page, "[data-automation-id=jobPostingHeader]");
		String description = PageSelectors.cleanText(page, "[data-automation-id=jobPostingDescription]");
		if (title == null || description == null || description.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new JobPostingDetails(title, PageSelectors.siteName(page),
				PageSelectors.texts(page, "[data-automation-id=locations] dd"),
				PageSelectors.text(page, "[data-automation-id=time] dd"), null, null,
				PageSelectors.text(page, "[data-automation-id=postedOn] dd"), null, description, url, PARSED_BY));
	}

}

package dev.careers.worker.webpage.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.careers.events.JobPostingDetails;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;

/** An Ashby posting page (jobs.ashbyhq.com): the posting travels in the page's {@code window.__appData}. */
final class AshbySource implements PostingSource {

	static final String PARSED_BY = "ashby";

	private static final String APP_DATA = "window.__appData";

	@Override
	public Optional<JobPostingDetails> read(Document page, String url) {
		for (Element script : page.select("script")) {
			String code = script.data();
			int marker = code.indexOf(APP_DATA);
			int start = marker < 0 ? -1 : code.indexOf('{', marker);
			if (start >= 0) {
				JsonNode appData = LenientJson.readFirst(code.substring(start));
				if (appData != null && appData.path("posting").isObject()) {
					return details(appData, url);
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<JobPostingDetails> details(JsonNode appData, String url) {
		JsonNode posting = appData.path("posting");
		String title = SchemaOrgPosting.text(posting.get("title"));
		String html = SchemaOrgPosting.text(posting.get("descriptionHtml"));
		String description = html != null ? CleanText.ofMarkupOrText(html)
				: CleanText.ofMarkupOrText(SchemaOrgPosting.text(posting.get("descriptionPlainText")));
		if (title == null || description.isEmpty()) {
			return Optional.empty();
		}
		List<String> locations = new ArrayList<>();
		addIfPresent(locations, SchemaOrgPosting.text(posting.get("locationName")));
		for (JsonNode secondary : posting.path("secondaryLocations").values()) {
			addIfPresent(locations, SchemaOrgPosting.text(secondary.get("locationName")));
		}
		Boolean remote = posting.path("isRemote").isBoolean() ? posting.path("isRemote").booleanValue()
				: "remote".equalsIgnoreCase(SchemaOrgPosting.text(posting.get("workplaceType"))) ? Boolean.TRUE : null;
		String salary = SchemaOrgPosting.text(posting.get("compensationTierSummary"));
		return Optional.of(new JobPostingDetails(title, SchemaOrgPosting.text(appData.path("organization").get("name")),
				locations, SchemaOrgPosting.text(posting.get("employmentType")), remote, salary,
				SchemaOrgPosting.text(posting.get("publishedDate")), null, description, url, PARSED_BY));
	}

	private static void addIfPresent(List<String> list, String value) {
		if (value != null) {
			list.add(value);
		}
	}

}

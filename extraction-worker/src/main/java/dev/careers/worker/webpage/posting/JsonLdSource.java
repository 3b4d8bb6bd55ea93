package dev.careers.worker.webpage.posting;

import java.util.Optional;

import dev.careers.events.JobPostingDetails;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;

/** schema.org {@code JobPosting} in JSON-LD scripts, wherever in them it sits, in the first script that has one. */
final class JsonLdSource implements PostingSource {

	static final String PARSED_BY = "json-ld";

	@Override
	public Optional<JobPostingDetails> read(Document page, String url) {
		for (Element script : page.select("script[type=application/ld+json]")) {
			for (JsonNode value : LenientJson.readAll(script.data())) {
				for (JsonNode posting : SchemaOrgPosting.findPostings(value)) {
					JobPostingDetails details = SchemaOrgPosting.toDetails(posting, url, PARSED_BY);
					if (details.title() != null) {
						return Optional.of(details);
					}
				}
			}
		}
		return Optional.empty();
	}

}

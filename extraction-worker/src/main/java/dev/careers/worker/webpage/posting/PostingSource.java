package dev.careers.worker.webpage.posting;

import java.util.Optional;

import dev.careers.events.JobPostingDetails;
import org.jsoup.nodes.Document;

/** One way of finding a posting on a page; the parser tries them in order of trust. */
interface PostingSource {

	/** The posting as this path reads it (fields raw, not yet normalised), or empty when it finds none. */
	Optional<JobPostingDetails> read(Document page, String url);

}

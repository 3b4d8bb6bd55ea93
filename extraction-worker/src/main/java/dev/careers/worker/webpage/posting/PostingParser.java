package dev.careers.worker.webpage.posting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import dev.careers.events.FailureCode;
import dev.careers.events.JobPostingDetails;
import dev.careers.worker.ExtractionFailure;
import dev.careers.worker.webpage.fetching.FetchedPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Finds the posting on a fetched page, trying the most trustworthy path first: JSON-LD, microdata,
 * the big ATS boards' own shapes, then the main-content heuristic. A posting must have a title and
 * a description; structured data without a description borrows the page's main text. A page that
 * has none and is an {@link ApplicationShell} needs JavaScript; any other is not a job posting.
 */
public final class PostingParser {

	private final MainContentSource mainContent = new MainContentSource();

	private final List<PostingSource> sources = List.of(new JsonLdSource(), new MicrodataSource(),
			new GreenhouseSource(), new LeverSource(), new AshbySource(), new WorkdaySource(),
			new SmartRecruitersSource(), mainContent);

	public JobPostingDetails parse(FetchedPage page) {
		if (page.isPlainText()) {
			Charset charset = page.charset() != null ? page.charset() : StandardCharsets.UTF_8;
			return mainContent.readText(new String(page.body(), charset), page.url())
				.map(PostingValues::normalised)
				.orElseThrow(PostingParser::notAPosting);
		}
		Document document = html(page);
		for (PostingSource source : sources) {
			Optional<JobPostingDetails> found = source.read(document, page.url())
				.map(details -> withDescription(details, document));
			if (found.isPresent() && isUsable(found.get())) {
				return PostingValues.normalised(found.get());
			}
		}
		throw ApplicationShell.isShell(document) ? needsJavaScript() : notAPosting();
	}

	private static boolean isUsable(JobPostingDetails posting) {
		return posting.title() != null && !posting.title().isBlank() && !posting.description().isBlank();
	}

	private static JobPostingDetails withDescription(JobPostingDetails details, Document document) {
		if (details.description() != null && !details.description().isBlank()) {
			return details;
		}
		return new JobPostingDetails(details.title(), details.company(), details.locations(),
				details.employmentType(), details.remote(), details.salary(), details.datePosted(),
				details.validThrough(), MainContent.text(document), details.sourceUrl(), details.parsedBy());
	}

	private static Document html(FetchedPage page) {
		try {
			String charset = page.charset() == null ? null : page.charset().name();
			return Jsoup.parse(new ByteArrayInputStream(page.body()), charset, page.url());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("reading bytes held in memory", ex);
		}
	}

	private static ExtractionFailure needsJavaScript() {
		return new ExtractionFailure(FailureCode.NEEDS_JAVASCRIPT, "the page is an application shell without the posting");
	}

	private static ExtractionFailure notAPosting() {
		return new ExtractionFailure(FailureCode.NOT_A_JOB_POSTING, "no posting found on the page");
	}

}

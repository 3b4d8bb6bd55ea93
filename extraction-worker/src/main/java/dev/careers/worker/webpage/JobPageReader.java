package dev.careers.worker.webpage;

import dev.careers.events.JobPostingDetails;
import dev.careers.worker.ExtractionFailure;
import dev.careers.worker.webpage.fetching.FetchProperties;
import dev.careers.worker.webpage.fetching.HostResolver;
import dev.careers.worker.webpage.fetching.PageFetcher;
import dev.careers.worker.webpage.fetching.PinnedConnection;
import dev.careers.worker.webpage.posting.PostingParser;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Reads the job posting at a public address: fetches it safely, then parses it. Counts every read
 * in {@code careers.fetch{outcome}}, {@code ok} or the failure code (never the address).
 */
@Component
public class JobPageReader {

	private static final String METRIC = "careers.fetch";

	private final PageFetcher fetcher;

	private final PostingParser parser = new PostingParser();

	private final MeterRegistry meters;

	@Autowired
	public JobPageReader(FetchProperties settings, MeterRegistry meters) {
		this(new PageFetcher(settings, HostResolver.SYSTEM, PinnedConnection.Sockets.system()), meters);
	}

	JobPageReader(PageFetcher fetcher, MeterRegistry meters) {
		this.fetcher = fetcher;
		this.meters = meters;
	}

	/**
	 * The posting at {@code url}.
	 * @throws ExtractionFailure INVALID_URL, BLOCKED_ADDRESS, FETCH_FAILED, TIMEOUT, TOO_LARGE,
	 * UNSUPPORTED_CONTENT, NOT_A_JOB_POSTING or NEEDS_JAVASCRIPT
	 */
	public JobPostingDetails read(String url) {
		try {
			JobPostingDetails posting = parser.parse(fetcher.fetch(url));
			count("ok");
			return posting;
		}
		catch (ExtractionFailure failure) {
			count(failure.code().name());
			throw failure;
		}
	}

	private void count(String outcome) {
		Counter.builder(METRIC)
			.description("Job posting pages read, by outcome: ok or the failure code")
			.tag("outcome", outcome)
			.register(meters)
			.increment();
	}

}

package dev.careers.worker.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import dev.careers.events.ExtractionRequested;
import dev.careers.events.ExtractionResult;
import dev.careers.events.JobPostingDetails;
import dev.careers.events.TaskKind;
import dev.careers.worker.webpage.JobPageReader;

/**
 * Everything one extraction request asks for, Kafka aside: a posting URL is read as a job page; stored
 * content is fetched to a temporary file and read as plain text or as a PDF.
 */
@Component
public class ExtractionPipeline {

	private final ContentFetcher content;

	private final DocumentExtraction documents;

	private final JobPageReader jobPages;

	private final TextAnalysis analysis;

	ExtractionPipeline(ContentFetcher content, DocumentExtraction documents, JobPageReader jobPages,
			TextAnalysis analysis) {
		this.content = content;
		this.documents = documents;
		this.jobPages = jobPages;
		this.analysis = analysis;
	}

	/**
	 * The result of {@code request}, reporting pages read to {@code progress}.
	 * @throws dev.careers.worker.ExtractionFailure when it has none, with the reason's code
	 */
	public ExtractionResult run(ExtractionRequested request, ProgressListener progress) {
		long started = System.nanoTime();
		ExtractionResult result = request.postingUrl() != null ? readJobPage(request.postingUrl())
				: readStoredContent(request, progress);
		return withDuration(result, DocumentExtraction.elapsedMillis(started));
	}

	private ExtractionResult readJobPage(String url) {
		JobPostingDetails posting = jobPages.read(url);
		String description = posting.description() == null ? "" : posting.description();
		return new ExtractionResult(analysis.taxonomyVersion(), analysis.skills(description), null, posting, 1,
				description.length(), false, null, 0);
	}

	private ExtractionResult readStoredContent(ExtractionRequested request, ProgressListener progress) {
		Path file = temporaryFile();
		try {
			content.fetch(request.contentUrl(), request.tenantId(), file);
			if (isPlainText(request.contentType())) {
				return documents.extractText(Files.readString(file, StandardCharsets.UTF_8), request.kind());
			}
			return documents.extract(file, request.kind(), request.sourceName(), progress);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(file);
		}
	}

	/** Plain text by its declared type; anything else is read as a PDF, whose header decides. */
	private static boolean isPlainText(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			return MediaType.TEXT_PLAIN.isCompatibleWith(MediaType.parseMediaType(contentType));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static ExtractionResult withDuration(ExtractionResult result, long durationMillis) {
		return new ExtractionResult(result.taxonomyVersion(), result.skills(), result.contact(), result.posting(),
				result.pages(), result.textLength(), result.ocrUsed(), result.ocrConfidence(), durationMillis);
	}

	private static Path temporaryFile() {
		try {
			return Files.createTempFile("extraction-", ".content");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a temp file left behind is removed with the temp directory; the task result matters more
		}
	}

}

package dev.careers.worker.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * content is copied from the document store to a temporary file and read as plain text, a Word
 * document or a PDF.
 */
@Component
public class ExtractionPipeline {

	private static final MediaType WORD = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final StoredContent content;

	private final DocumentExtraction documents;

	private final JobPageReader jobPages;

	private final TextAnalysis analysis;

	ExtractionPipeline(StoredContent content, DocumentExtraction documents, JobPageReader jobPages,
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
			content.copy(request.contentKey(), file);
			if (isPlainText(request.contentType())) {
				return documents.extractText(PlainText.read(file), request.kind());
			}
			if (WORD.equalsTypeAndSubtype(mediaType(request.contentType()))) {
				return documents.extractWord(file, request.kind(), request.sourceName(), progress);
			}
			return documents.extract(file, request.kind(), request.sourceName(), progress);
		}
		finally {
			deleteQuietly(file);
		}
	}

	/**
	 * Plain text or Word by the declared type (which import-service set from the content's magic
	 * bytes, and each reader checks again); anything else is read as a PDF, whose header decides.
	 */
	private static boolean isPlainText(String contentType) {
		return MediaType.TEXT_PLAIN.isCompatibleWith(mediaType(contentType));
	}

	private static MediaType mediaType(String contentType) {
		if (contentType == null) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
		try {
			return MediaType.parseMediaType(contentType);
		}
		catch (InvalidMediaTypeException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
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

package dev.careers.worker.pipeline;

import java.nio.file.Path;

import org.springframework.stereotype.Component;

import dev.careers.events.ExtractionResult;
import dev.careers.events.TaskKind;
import dev.careers.worker.pdf.PdfText;
import dev.careers.worker.pdf.PdfTextExtractor;

/**
 * The per-document work on a PDF already on disk: its text (failure causes told apart), then
 * skills, and contact details or posting fields by kind. What the benchmark measures.
 */
@Component
public class DocumentExtraction {

	private final PdfTextExtractor pdfs;

	private final TextAnalysis analysis;

	public DocumentExtraction(PdfTextExtractor pdfs, TextAnalysis analysis) {
		this.pdfs = pdfs;
		this.analysis = analysis;
	}

	/**
	 * @throws dev.careers.worker.ExtractionFailure when the document has no text to give, saying why
	 */
	public ExtractionResult extract(Path pdf, TaskKind kind, String sourceName, ProgressListener progress) {
		long started = System.nanoTime();
		PdfText text = pdfs.extract(pdf, progress::pagesRead);
		return new ExtractionResult(analysis.taxonomyVersion(), analysis.skills(text.text()),
				analysis.contact(kind, text.text()), analysis.posting(kind, text.text(), sourceName), text.pages(),
				text.text().length(), text.ocrUsed(), text.ocrConfidence(), elapsedMillis(started));
	}

	/** Skills (and contact details for a resume) from plain text: an edited job description, say. */
	ExtractionResult extractText(String text, TaskKind kind) {
		long started = System.nanoTime();
		return new ExtractionResult(analysis.taxonomyVersion(), analysis.skills(text), analysis.contact(kind, text),
				null, 1, text.length(), false, null, elapsedMillis(started));
	}

	static long elapsedMillis(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1_000_000;
	}

}

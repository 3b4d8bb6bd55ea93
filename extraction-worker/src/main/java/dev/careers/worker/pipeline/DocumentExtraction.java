package dev.careers.worker.pipeline;

import java.nio.file.Path;

import org.springframework.stereotype.Component;

import dev.careers.events.ExtractionResult;
import dev.careers.events.TaskKind;
import dev.careers.worker.pdf.PdfText;
import dev.careers.worker.pdf.PdfTextExtractor;
import dev.careers.worker.pdf.PdfTextNormaliser;
import dev.careers.worker.word.WordTextExtractor;

/**
 * The per-document work on a PDF (or Word document) already on disk: its text (failure causes told apart), then
 * skills, and contact details or posting fields by kind. What the benchmark measures.
 */
@Component
public class DocumentExtraction {

	private final PdfTextExtractor pdfs;

	private final WordTextExtractor words;

	private final TextAnalysis analysis;

	public DocumentExtraction(PdfTextExtractor pdfs, WordTextExtractor words, TextAnalysis analysis) {
		this.pdfs = pdfs;
		this.words = words;
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

	/**
	 * The same for a Word document: one "page", reported read once its text is out.
	 * @throws dev.careers.worker.ExtractionFailure when the document has no text to give, saying why
	 */
	public ExtractionResult extractWord(Path docx, TaskKind kind, String sourceName, ProgressListener progress) {
		long started = System.nanoTime();
		String text = PdfTextNormaliser.normalise(words.extract(docx));
		progress.pagesRead(1, 1);
		return new ExtractionResult(analysis.taxonomyVersion(), analysis.skills(text), analysis.contact(kind, text),
				analysis.posting(kind, text, sourceName), 1, text.length(), false, null, elapsedMillis(started));
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

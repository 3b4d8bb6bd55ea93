package dev.careers.worker.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import dev.careers.events.FailureCode;
import dev.careers.worker.ExtractionFailure;

/**
 * One read of one PDF, on the thread {@link PdfTextExtractor} can abandon: the text layer first;
 * when it holds no usable text, the page images decide between TOO_LARGE, LOW_RESOLUTION, OCR and
 * NO_TEXT_LAYER.
 */
final class DocumentReading {

	private static final String SCRATCH_CAP_EXCEEDED = "Maximum allowed scratch file memory exceeded";

	private final PdfProperties settings;

	private final TesseractOcr ocr;

	private final PageProgress progress;

	private final long deadlineNanos;

	DocumentReading(PdfProperties settings, TesseractOcr ocr, PageProgress progress) {
		this.settings = settings;
		this.ocr = ocr;
		this.progress = progress;
		this.deadlineNanos = System.nanoTime() + settings.timeout().toNanos();
	}

	PdfText read(Path pdf) {
		MemoryUsageSetting memory = MemoryUsageSetting
			.setupMixed(settings.memoryCap().toBytes(), settings.scratchCap().toBytes())
			.setTempDir(pdf.toAbsolutePath().getParent().toFile());
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.toFile()), "", null, null,
				memory.streamCache)) {
			return read(document);
		}
		catch (InvalidPasswordException ex) {
			throw new ExtractionFailure(FailureCode.PASSWORD_PROTECTED, "a user password is needed", ex);
		}
		catch (IOException ex) {
			throw fromIo(ex);
		}
		catch (StackOverflowError ex) {
			throw new ExtractionFailure(FailureCode.DAMAGED_FILE, "structure nested too deeply");
		}
		catch (OutOfMemoryError ex) {
			throw new ExtractionFailure(FailureCode.TOO_LARGE, "document needs more memory than a read may take");
		}
	}

	private PdfText read(PDDocument document) throws IOException {
		int claimedPages = document.getNumberOfPages();
		if (claimedPages > settings.maxPages()) {
			throw new ExtractionFailure(FailureCode.TOO_MANY_PAGES,
					claimedPages + " pages, more than " + settings.maxPages());
		}
		ReadingStripper stripper = new ReadingStripper(progress, claimedPages, settings.sortOutOfOrderPages(),
				settings.maxPageContent().toBytes());
		String text = PdfTextNormaliser.normalise(stripper.getText(document));
		if (stripper.pagesRead() == 0) {
			throw new ExtractionFailure(FailureCode.DAMAGED_FILE, "the page tree leads to no page");
		}
		if (isUsable(text)) {
			return new PdfText(text, stripper.pagesRead(), false, null);
		}
		return readScan(document, stripper.pagesRead());
	}

	private PdfText readScan(PDDocument document, int pages) throws IOException {
		List<Integer> scannedPages = new ArrayList<>();
		double coarsestDpi = Double.MAX_VALUE;
		PageImages images = new PageImages();
		int index = 0;
		for (PDPage page : document.getPages()) {
			PageImages.Measure measure = images.measure(page);
			if (measure.largestPixels() > settings.maxImagePixels()) {
				throw new ExtractionFailure(FailureCode.TOO_LARGE,
						"page " + (index + 1) + " has a " + measure.largestPixels() + " pixel image");
			}
			if (measure.hasImages()) {
				scannedPages.add(index);
				coarsestDpi = Math.min(coarsestDpi, measure.sharpestDpi());
			}
			index++;
		}
		if (scannedPages.isEmpty()) {
			throw new ExtractionFailure(FailureCode.NO_TEXT_LAYER, "no text and no page images");
		}
		if (coarsestDpi < settings.minDpi()) {
			throw new ExtractionFailure(FailureCode.LOW_RESOLUTION,
					"page images at " + Math.round(coarsestDpi) + " dpi, below " + settings.minDpi());
		}
		if (!ocr.available()) {
			throw new ExtractionFailure(FailureCode.NO_TEXT_LAYER, "image-only pages and no OCR installed");
		}
		return recognise(document, scannedPages.subList(0, Math.min(scannedPages.size(), settings.ocr().maxPages())),
				pages);
	}

	private PdfText recognise(PDDocument document, List<Integer> scannedPages, int pages) throws IOException {
		PDFRenderer renderer = new PDFRenderer(document);
		StringBuilder text = new StringBuilder();
		double confidenceSum = 0;
		int words = 0;
		int done = 0;
		for (int page : scannedPages) {
			BufferedImage image = renderer.renderImageWithDPI(page, settings.ocr().dpi(), ImageType.GRAY);
			TesseractOcr.OcrPage recognised = readWithOcr(image);
			text.append(recognised.text()).append('\n');
			confidenceSum += recognised.meanConfidence() * recognised.words();
			words += recognised.words();
			progress.pageRead(++done, scannedPages.size());
		}
		double meanConfidence = words == 0 ? 0 : confidenceSum / words;
		String normalised = PdfTextNormaliser.normalise(text.toString());
		if (!isUsable(normalised) || meanConfidence < settings.ocr().minConfidence()) {
			throw new ExtractionFailure(FailureCode.NO_TEXT_LAYER,
					"OCR found " + words + " words at mean confidence " + Math.round(meanConfidence));
		}
		return new PdfText(normalised, pages, true, meanConfidence);
	}

	private TesseractOcr.OcrPage readWithOcr(BufferedImage image) throws IOException {
		try {
			return ocr.read(image, Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime())));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			ReadingCancelled.throwIfCancelled();
			throw new IllegalStateException("interrupted without cancellation", ex);
		}
	}

	private boolean isUsable(String text) {
		int lettersAndDigits = 0;
		for (int i = 0; i < text.length() && lettersAndDigits < settings.minTextCharacters(); i++) {
			if (Character.isLetterOrDigit(text.charAt(i))) {
				lettersAndDigits++;
			}
		}
		return lettersAndDigits >= settings.minTextCharacters();
	}

	private static ExtractionFailure fromIo(IOException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && cause.getMessage().contains(SCRATCH_CAP_EXCEEDED)) {
				return new ExtractionFailure(FailureCode.TOO_LARGE, "decoded streams exceed the scratch cap", ex);
			}
		}
		return new ExtractionFailure(FailureCode.DAMAGED_FILE, ex.getMessage(), ex);
	}

}

package dev.careers.worker.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import dev.careers.events.FailureCode;
import dev.careers.worker.ExtractionFailure;

/**
 * Reads the text of an untrusted PDF within bounded time and memory. The read runs on a thread of
 * its own that is abandoned (interrupted, and PDFBox's hooks stop at the next operator) when the
 * time cap passes, so a hostile file fails its own task as TIMEOUT and the caller moves on.
 */
@Component
public class PdfTextExtractor implements AutoCloseable {

	/** The PDF header may follow some junk, but must come within the first kilobyte (as readers accept it). */
	private static final int HEADER_WINDOW = 1024;

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private final PdfProperties settings;

	private final TesseractOcr ocr;

	private final ExecutorService readers;

	public PdfTextExtractor(PdfProperties settings) {
		this.settings = settings;
		this.ocr = new TesseractOcr(settings);
		AtomicInteger threads = new AtomicInteger();
		this.readers = Executors.newCachedThreadPool(task -> {
			Thread thread = new Thread(task, "pdf-reader-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/** The text of {@code pdf}, or an {@link ExtractionFailure} saying why there is none. */
	public PdfText extract(Path pdf, PageProgress progress) {
		requirePdfHeader(pdf);
		Future<PdfText> reading = readers.submit(() -> new DocumentReading(settings, ocr, progress).read(pdf));
		try {
			return reading.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			reading.cancel(true);
			throw new ExtractionFailure(FailureCode.TIMEOUT, "not read within " + settings.timeout());
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof ExtractionFailure failure) {
				throw failure;
			}
			throw new ExtractionFailure(FailureCode.DAMAGED_FILE, "PDFBox failed: " + ex.getCause(), ex.getCause());
		}
		catch (InterruptedException ex) {
			reading.cancel(true);
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading a PDF", ex);
		}
	}

	private static void requirePdfHeader(Path pdf) {
		byte[] head;
		try (InputStream in = Files.newInputStream(pdf)) {
			head = in.readNBytes(HEADER_WINDOW);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (head.length == 0) {
			throw new ExtractionFailure(FailureCode.EMPTY_FILE, "zero bytes");
		}
		if (indexOf(head, PDF_MAGIC) < 0) {
			throw new ExtractionFailure(FailureCode.NOT_A_PDF, "no %PDF- header");
		}
	}

	private static int indexOf(byte[] bytes, byte[] part) {
		outer: for (int i = 0; i <= bytes.length - part.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (bytes[i + j] != part[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	@Override
	public void close() {
		readers.shutdownNow();
	}

}

package dev.careers.worker.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OCR through the Tesseract command line ({@code tesseract page.png stdout tsv}), whose TSV output
 * carries a confidence per word. The binary is optional: without it, scans fail as NO_TEXT_LAYER.
 */
class TesseractOcr {

	private static final Logger log = LoggerFactory.getLogger(TesseractOcr.class);

	private static final Duration VERSION_CHECK_TIMEOUT = Duration.ofSeconds(10);

	private static final int WORD_LEVEL = 5;

	private final PdfProperties.Ocr settings;

	private volatile Boolean available;

	TesseractOcr(PdfProperties settings) {
		this.settings = settings.ocr();
	}

	/** Whether OCR is enabled and the binary answers; asked once, then remembered. */
	boolean available() {
		Boolean known = available;
		if (known == null) {
			known = settings.enabled() && answersVersion();
			available = known;
			log.info("OCR with '{}' {}", settings.command(), known ? "available" : "not available");
		}
		return known;
	}

	/** The words of {@code page}; blocks until Tesseract ends, {@code timeout} passes or the thread is interrupted. */
	OcrPage read(BufferedImage page, Duration timeout) throws IOException, InterruptedException {
		Path image = Files.createTempFile("ocr-page-", ".png");
		Path words = Files.createTempFile("ocr-words-", ".tsv");
		Process tesseract = null;
		try {
			ImageIO.write(page, "png", image.toFile());
			ProcessBuilder command = new ProcessBuilder(settings.command(), image.toString(), "stdout", "tsv")
				.redirectOutput(words.toFile())
				.redirectError(ProcessBuilder.Redirect.DISCARD);
			// one core per page: the worker already reads several documents in parallel
			command.environment().put("OMP_THREAD_LIMIT", "1");
			tesseract = command.start();
			if (!tesseract.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IOException("tesseract did not finish within " + timeout);
			}
			if (tesseract.exitValue() != 0) {
				throw new IOException("tesseract exited with " + tesseract.exitValue());
			}
			return parse(Files.readAllLines(words, StandardCharsets.UTF_8));
		}
		finally {
			if (tesseract != null && tesseract.isAlive()) {
				tesseract.destroyForcibly();
			}
			Files.deleteIfExists(image);
			Files.deleteIfExists(words);
		}
	}

	/** Words grouped back into their lines, and their mean confidence. */
	static OcrPage parse(List<String> tsv) {
		Map<String, StringBuilder> lines = new LinkedHashMap<>();
		double confidenceSum = 0;
		int wordCount = 0;
		for (String row : tsv) {
			String[] columns = row.split("\t", -1);
			if (columns.length < 12 || !String.valueOf(WORD_LEVEL).equals(columns[0])) {
				continue;
			}
			String word = columns[11].strip();
			double confidence = parseConfidence(columns[10]);
			if (word.isEmpty() || confidence < 0) {
				continue;
			}
			String line = columns[2] + '/' + columns[3] + '/' + columns[4];
			StringBuilder text = lines.computeIfAbsent(line, key -> new StringBuilder());
			if (text.length() > 0) {
				text.append(' ');
			}
			text.append(word);
			confidenceSum += confidence;
			wordCount++;
		}
		return new OcrPage(String.join("\n", lines.values()), wordCount, wordCount == 0 ? 0 : confidenceSum / wordCount);
	}

	private static double parseConfidence(String column) {
		try {
			return Double.parseDouble(column);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private boolean answersVersion() {
		try {
			Process version = new ProcessBuilder(settings.command(), "--version").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!version.waitFor(VERSION_CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				version.destroyForcibly();
				return false;
			}
			return version.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** The text OCR found on one page, with the mean confidence 0..100 of its words. */
	record OcrPage(String text, int words, double meanConfidence) {
	}

}

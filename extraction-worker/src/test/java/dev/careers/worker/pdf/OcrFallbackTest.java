package dev.careers.worker.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import dev.careers.events.FailureCode;
import dev.careers.testsupport.ScannedPdfs;
import dev.careers.worker.ExtractionFailure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs where Tesseract is installed ({@code apt-get install tesseract-ocr}; CI installs it). */
@EnabledIf("tesseractInstalled")
class OcrFallbackTest {

	@TempDir
	Path folder;

	static boolean tesseractInstalled() {
		return new TesseractOcr(PdfProperties.bind(Map.of())).available();
	}

	@Test
	void scannedResumeIsReadByOcrWithItsConfidence() throws IOException {
		Path scan = write(ScannedPdfs.scanOfText(
				List.of("Jane Doe", "Senior Software Engineer", "Skills: Java, Kafka, PostgreSQL, Docker"), 300));

		try (PdfTextExtractor extractor = new PdfTextExtractor(PdfProperties.bind(Map.of()))) {
			PdfText text = extractor.extract(scan, PageProgress.NONE);

			assertThat(text.ocrUsed()).isTrue();
			assertThat(text.ocrConfidence()).isGreaterThan(60);
			assertThat(text.text()).contains("Jane Doe", "Kafka", "PostgreSQL");
		}
	}

	@Test
	void scanOfAPictureWithoutWordsFailsAsNoTextLayer() throws IOException {
		Path scan = write(ScannedPdfs.scanOfPicture(300, 11));

		try (PdfTextExtractor extractor = new PdfTextExtractor(PdfProperties.bind(Map.of()))) {
			assertThatThrownBy(() -> extractor.extract(scan, PageProgress.NONE)).isInstanceOfSatisfying(
					ExtractionFailure.class, failure -> assertThat(failure.code()).isEqualTo(FailureCode.NO_TEXT_LAYER));
		}
	}

	private Path write(byte[] pdf) throws IOException {
		return Files.write(folder.resolve("scan.pdf"), pdf);
	}

}

package dev.careers.worker.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.careers.events.FailureCode;
import dev.careers.testsupport.HostilePdfs;
import dev.careers.testsupport.ScannedPdfs;
import dev.careers.testsupport.TestPdfs;
import dev.careers.worker.ExtractionFailure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class PdfTextExtractorTest {

	/** The time cap these tests run under; every outcome must come well within it plus a margin. */
	private static final Duration TIME_CAP = Duration.ofSeconds(10);

	private static final Duration OUTCOME_WITHIN = TIME_CAP.plusSeconds(5);

	private static final byte[] RESUME = TestPdfs.resume("Jane Doe", "jane@example.com",
			List.of("Java", "Kafka", "PostgreSQL"));

	private static PdfTextExtractor extractor;

	@TempDir
	Path folder;

	@BeforeAll
	static void startExtractor() {
		extractor = new PdfTextExtractor(PdfProperties.bind(Map.of("timeout", TIME_CAP.toSeconds() + "s")));
	}

	@AfterAll
	static void stopExtractor() {
		extractor.close();
	}

	@Test
	void textLayerIsReadWithEveryPageReported() throws IOException {
		List<Integer> pagesReported = new CopyOnWriteArrayList<>();

		PdfText text = extractor.extract(write(RESUME), (done, total) -> pagesReported.add(done));

		assertThat(text.text()).contains("Jane Doe", "Java, Kafka, PostgreSQL", "Experience");
		assertThat(text.pages()).isEqualTo(1);
		assertThat(text.ocrUsed()).isFalse();
		assertThat(pagesReported).containsExactly(1);
	}

	@Test
	void textWrittenInScrambledOrderIsReadTopToBottom() throws IOException {
		List<Integer> writeOrder = List.of(5, 1, 9, 3, 7, 2, 10, 4, 8, 6);

		String text = extractor.extract(write(linesWrittenInOrder(writeOrder)), PageProgress.NONE).text();

		List<Integer> readOrder = text.lines()
			.filter(line -> line.startsWith("Line "))
			.map(line -> Integer.valueOf(line.substring("Line ".length()).strip()))
			.toList();
		assertThat(readOrder).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
	}

	@Test
	void ownerPasswordOnlyFilesAreReadable() throws IOException {
		PdfText text = extractor.extract(write(HostilePdfs.ownerPasswordOnly(RESUME)), PageProgress.NONE);

		assertThat(text.text()).contains("Java, Kafka, PostgreSQL");
	}

	@Test
	void userPasswordFailsAsPasswordProtected() {
		assertFailsWith(HostilePdfs.userPasswordProtected(RESUME, "secret"), FailureCode.PASSWORD_PROTECTED);
	}

	@Test
	void imageOnlyPageWithoutWordsFailsAsNoTextLayer() {
		assertFailsWith(ScannedPdfs.scanOfPicture(200, 7), FailureCode.NO_TEXT_LAYER);
	}

	@Test
	void coarseScanFailsAsLowResolution() {
		assertFailsWith(ScannedPdfs.scanOfText(List.of("Jane Doe", "Skills: Java, Kafka"), 40),
				FailureCode.LOW_RESOLUTION);
	}

	@Test
	void scanWithoutOcrInstalledFailsAsNoTextLayer() throws IOException {
		try (PdfTextExtractor withoutOcr = new PdfTextExtractor(
				PdfProperties.bind(Map.of("ocr.command", folder.resolve("no-tesseract").toString())))) {
			Path scan = write(ScannedPdfs.scanOfText(List.of("Jane Doe", "Skills: Java, Kafka"), 300));

			assertThatThrownBy(() -> withoutOcr.extract(scan, PageProgress.NONE)).isInstanceOfSatisfying(
					ExtractionFailure.class, failure -> assertThat(failure.code()).isEqualTo(FailureCode.NO_TEXT_LAYER));
		}
	}

	@Test
	void fiveHundredPagesFailAsTooManyPages() {
		assertFailsWith(TestPdfs.manyPages(500), FailureCode.TOO_MANY_PAGES);
	}

	@Test
	void fiveHundredPagesAreReadUnderAHigherPageCap() throws IOException {
		try (PdfTextExtractor generous = new PdfTextExtractor(PdfProperties.bind(Map.of("max-pages", "500")))) {
			PdfText text = generous.extract(write(TestPdfs.manyPages(500)), PageProgress.NONE);

			assertThat(text.pages()).isEqualTo(500);
			assertThat(text.text()).contains("Page 500 of a very long document");
		}
	}

	private void assertFailsWith(byte[] pdf, FailureCode expected) {
		assertTimeoutPreemptively(OUTCOME_WITHIN, () -> {
			Path file = write(pdf);
			assertThatThrownBy(() -> extractor.extract(file, PageProgress.NONE)).isInstanceOfSatisfying(
					ExtractionFailure.class, failure -> assertThat(failure.code()).isEqualTo(expected));
		});
	}

	/** Line {@code n} sits at the n-th line position from the top, but is written in {@code order}. */
	private static byte[] linesWrittenInOrder(List<Integer> order) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				for (int line : order) {
					content.beginText();
					content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
					content.newLineAtOffset(50, 780 - line * 14f);
					content.showText("Line " + line);
					content.endText();
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	private Path write(byte[] pdf) throws IOException {
		return Files.write(Files.createTempFile(folder, "document-", ".pdf"), pdf);
	}

}

package dev.careers.worker.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

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
		extractor = new PdfTextExtractor(PdfSettings.bind(Map.of("timeout", TIME_CAP.toSeconds() + "s")));
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
				PdfSettings.bind(Map.of("ocr.command", folder.resolve("no-tesseract").toString())))) {
			Path scan = write(ScannedPdfs.scanOfText(List.of("Jane Doe", "Skills: Java, Kafka"), 300));

			assertThatThrownBy(() -> withoutOcr.extract(scan, PageProgress.NONE)).isInstanceOfSatisfying(
					ExtractionFailure.class, failure -> assertThat(failure.code()).isEqualTo(FailureCode.NO_TEXT_LAYER));
		}
	}

	@Test
	void truncatedFileFailsAsDamaged() {
		assertFailsWith(HostilePdfs.truncated(RESUME, 0.3), FailureCode.DAMAGED_FILE);
	}

	@Test
	void htmlNamedPdfFailsAsNotAPdf() {
		assertFailsWith(HostilePdfs.htmlNamedPdf(), FailureCode.NOT_A_PDF);
	}

	@Test
	void zeroBytesFailAsEmptyFile() {
		assertFailsWith(new byte[0], FailureCode.EMPTY_FILE);
	}

	@Test
	void pageTreeLoopFailsAsDamaged() {
		assertFailsWith(HostilePdfs.pageTreeLoop(), FailureCode.DAMAGED_FILE);
	}

	@Test
	void tenThousandPageClaimFailsAsTooManyPages() {
		assertFailsWith(HostilePdfs.pageCountClaim(10_000), FailureCode.TOO_MANY_PAGES);
	}

	@Test
	void fiveHundredPagesFailAsTooManyPages() {
		assertFailsWith(TestPdfs.manyPages(500), FailureCode.TOO_MANY_PAGES);
	}

	@Test
	void fiveHundredPagesAreReadUnderAHigherPageCap() throws IOException {
		try (PdfTextExtractor generous = new PdfTextExtractor(PdfSettings.bind(Map.of("max-pages", "500")))) {
			PdfText text = generous.extract(write(TestPdfs.manyPages(500)), PageProgress.NONE);

			assertThat(text.pages()).isEqualTo(500);
			assertThat(text.text()).contains("Page 500 of a very long document");
		}
	}

	@Test
	void decompressionBombFailsAlone() {
		assertFailsWith(HostilePdfs.decompressionBomb(256L << 20), FailureCode.TOO_LARGE);
	}

	@Test
	void hugeImageFailsAsTooLargeWithoutBeingDecoded() {
		assertFailsWith(HostilePdfs.hugeImage(100_000, 100_000), FailureCode.TOO_LARGE);
	}

	@Test
	void deepNestingFailsAsDamaged() {
		assertFailsWith(HostilePdfs.deepNesting(100_000), FailureCode.DAMAGED_FILE);
	}

	@Test
	void theExtractorStillReadsAfterHostileFiles() throws IOException {
		assertFailsWith(HostilePdfs.decompressionBomb(64L << 20), FailureCode.TOO_LARGE);
		assertFailsWith(HostilePdfs.deepNesting(100_000), FailureCode.DAMAGED_FILE);

		assertThat(extractor.extract(write(RESUME), PageProgress.NONE).text()).contains("Jane Doe");
	}

	private void assertFailsWith(byte[] pdf, FailureCode expected) {
		assertTimeoutPreemptively(OUTCOME_WITHIN, () -> {
			Path file = write(pdf);
			assertThatThrownBy(() -> extractor.extract(file, PageProgress.NONE)).isInstanceOfSatisfying(
					ExtractionFailure.class, failure -> assertThat(failure.code()).isEqualTo(expected));
		});
	}

	private Path write(byte[] pdf) throws IOException {
		return Files.write(Files.createTempFile(folder, "document-", ".pdf"), pdf);
	}

}

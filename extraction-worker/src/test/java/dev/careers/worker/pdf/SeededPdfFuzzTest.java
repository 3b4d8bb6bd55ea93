package dev.careers.worker.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import dev.careers.events.FailureCode;
import dev.careers.testsupport.HostilePdfs;
import dev.careers.testsupport.TestPdfs;
import dev.careers.worker.ExtractionFailure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Several hundred seeded mutations of a valid resume: each is read or fails with a document code,
 * within the time cap, and never with anything else (no stray exception, no hang).
 */
class SeededPdfFuzzTest {

	private static final int CASES = 300;

	private static final Duration TIME_CAP = Duration.ofSeconds(5);

	/** What a damaged document may fail with: a code about the document, never about fetching it. */
	static final Set<FailureCode> DOCUMENT_CODES = EnumSet.of(FailureCode.DAMAGED_FILE,
			FailureCode.NOT_A_PDF, FailureCode.NO_TEXT_LAYER, FailureCode.TOO_LARGE, FailureCode.TOO_MANY_PAGES,
			FailureCode.LOW_RESOLUTION, FailureCode.PASSWORD_PROTECTED, FailureCode.TIMEOUT);

	private static final byte[] RESUME = TestPdfs.resume("Jane Doe", "jane@example.com",
			List.of("Java", "Kafka", "PostgreSQL", "Kubernetes"));

	private static PdfTextExtractor extractor;

	@TempDir
	static Path folder;

	@BeforeAll
	static void startExtractor() {
		extractor = new PdfTextExtractor(
				PdfProperties.bind(Map.of("timeout", TIME_CAP.toSeconds() + "s", "ocr.enabled", "false")));
	}

	@AfterAll
	static void stopExtractor() {
		extractor.close();
	}

	static Stream<Long> seeds() {
		return LongStream.range(0, CASES).boxed();
	}

	@ParameterizedTest(name = "mutation {0}")
	@MethodSource("seeds")
	void mutatedPdfIsReadOrFailsWithADocumentCode(long seed) {
		assertTimeoutPreemptively(TIME_CAP.plusSeconds(2), () -> {
			Path file = Files.write(folder.resolve("mutation-" + seed + ".pdf"), HostilePdfs.mutated(RESUME, seed));
			try {
				assertThat(extractor.extract(file, PageProgress.NONE).pages()).isPositive();
			}
			catch (ExtractionFailure failure) {
				assertThat(failure.code()).isIn(DOCUMENT_CODES);
			}
			finally {
				Files.delete(file);
			}
		});
	}

}

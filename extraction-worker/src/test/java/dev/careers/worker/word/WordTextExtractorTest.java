package dev.careers.worker.word;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import dev.careers.events.FailureCode;
import dev.careers.worker.ExtractionFailure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordTextExtractorTest {

	private static final String[] RESUME = { "Priya Raman", "priya.raman@example.org | +1 415 555 0199",
			"Backend engineer: Java, Spring Boot, PostgreSQL and Kafka since 2016." };

	private final WordTextExtractor extractor = new WordTextExtractor(WordProperties.defaults());

	@TempDir
	Path directory;

	@Test
	void readsTheParagraphsOfAPlainDocument() throws IOException {
		String text = extractor.extract(file(WordDocuments.plain(RESUME)));

		assertThat(text).contains("Priya Raman", "priya.raman@example.org", "Spring Boot, PostgreSQL and Kafka");
	}

	@Test
	void readsTablesHeadersAndFooters() throws IOException {
		byte[] docx = WordDocuments.withTablesHeadersAndFooters("Tomás Herrera · tomas@example.net",
				List.of(List.of("Languages", "Python, Go"), List.of("Cloud", "Kubernetes, Terraform")),
				"References available on request");

		String text = extractor.extract(file(docx));

		assertThat(text).contains("Tomás Herrera", "tomas@example.net", "Python, Go", "Kubernetes, Terraform",
				"References available on request");
	}

	@Test
	void aPasswordProtectedDocumentSaysSo() throws IOException {
		Path locked = file(WordDocuments.encrypted(WordDocuments.plain(RESUME), "secret"));

		assertFailsWith(locked, FailureCode.PASSWORD_PROTECTED);
	}

	@Test
	void aTruncatedDocumentIsDamaged() throws IOException {
		assertFailsWith(file(WordDocuments.truncated(WordDocuments.plain(RESUME))), FailureCode.DAMAGED_FILE);
	}

	@Test
	void noiseAfterAZipSignatureIsDamaged() throws IOException {
		assertFailsWith(file(WordDocuments.garbageAfterZipSignature()), FailureCode.DAMAGED_FILE);
	}

	@Test
	void aDocumentWithoutTextSaysThereIsNone() throws IOException {
		assertFailsWith(file(WordDocuments.plain("", "  ")), FailureCode.NO_TEXT_LAYER);
	}

	@Test
	void anEmptyFileIsEmpty() throws IOException {
		assertFailsWith(file(new byte[0]), FailureCode.EMPTY_FILE);
	}

	@Test
	void aPartInflatingPastTheCapIsTooLarge() throws IOException {
		WordTextExtractor strict = new WordTextExtractor(
				new WordProperties(DataSize.ofKilobytes(4), 0.01, 2_000_000, 40));
		try {
			String[] longResume = new String[400];
			Arrays.fill(longResume, "Java developer with Spring Boot and PostgreSQL experience.");
			assertThatThrownBy(() -> strict.extract(file(WordDocuments.plain(longResume))))
				.isInstanceOfSatisfying(ExtractionFailure.class,
						failure -> assertThat(failure.code()).isEqualTo(FailureCode.TOO_LARGE));
		}
		finally {
			// POI's guards are process-wide: put the defaults back for the other tests
			new WordTextExtractor(WordProperties.defaults());
		}
	}

	private void assertFailsWith(Path file, FailureCode code) {
		assertThatThrownBy(() -> extractor.extract(file)).isInstanceOfSatisfying(ExtractionFailure.class,
				failure -> assertThat(failure.code()).isEqualTo(code));
	}

	private Path file(byte[] bytes) throws IOException {
		return Files.write(Files.createTempFile(directory, "resume-", ".docx"), bytes);
	}

}

package dev.careers.worker.pipeline;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.careers.events.FailureCode;
import dev.careers.worker.ExtractionFailure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlainTextTest {

	@TempDir
	Path directory;

	@Test
	void utf8WithAByteOrderMarkLosesTheMark() throws IOException {
		Path file = Files.write(directory.resolve("cv.txt"),
				("\uFEFFRenée Müller\nrenee@example.com").getBytes(StandardCharsets.UTF_8));

		assertThat(PlainText.read(file)).isEqualTo("Renée Müller\nrenee@example.com");
	}

	@Test
	void textSavedAsWindows1252IsReadAsSuch() throws IOException {
		Path file = Files.write(directory.resolve("cv.txt"),
				"Renée Müller – Köln".getBytes(Charset.forName("windows-1252")));

		assertThat(PlainText.read(file)).isEqualTo("Renée Müller – Köln");
	}

	@Test
	void anEmptyFileIsEmpty() throws IOException {
		Path file = Files.write(directory.resolve("cv.txt"), new byte[0]);

		assertThatThrownBy(() -> PlainText.read(file)).isInstanceOfSatisfying(ExtractionFailure.class,
				failure -> assertThat(failure.code()).isEqualTo(FailureCode.EMPTY_FILE));
	}

}

package dev.careers.benchmark.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusTest {

	@TempDir
	Path temp;

	@Test
	void copiesAreDistinctFilesThatReadAsTheOriginal() throws IOException {
		Corpus original = Corpus.resumes(temp.resolve("original"), 2, 11);

		Corpus copies = original.copies(temp.resolve("copies"), 3);

		assertThat(copies.files()).hasSize(6);
		Set<ByteBuffer> contents = new HashSet<>();
		for (Path file : original.files()) {
			contents.add(ByteBuffer.wrap(Files.readAllBytes(file)));
		}
		for (Path copy : copies.files()) {
			assertThat(contents.add(ByteBuffer.wrap(Files.readAllBytes(copy)))).as("a new content: %s", copy).isTrue();
		}
		assertThat(copies.files().stream().map(copy -> copy.getFileName().toString()).distinct()).hasSize(6);
		List<Path> firstRound = copies.files().subList(0, 2);
		for (int i = 0; i < 2; i++) {
			assertThat(text(firstRound.get(i))).isEqualTo(text(original.files().get(i)));
		}
		assertThat(copies.bytes()).isGreaterThan(3 * original.bytes());
	}

	@Test
	void oneRoundAloneIsThatRoundOfTheCopies() throws IOException {
		Corpus original = Corpus.resumes(temp.resolve("original"), 2, 11);
		Corpus copies = original.copies(temp.resolve("copies"), 3);

		Corpus second = original.copy(temp.resolve("again"), 2);

		assertThat(second.files()).hasSize(2);
		assertThat(second.directory()).isEqualTo(temp.resolve("again/round-2"));
		for (int i = 0; i < 2; i++) {
			assertThat(Files.readAllBytes(second.files().get(i))).isEqualTo(Files.readAllBytes(copies.files().get(2 + i)));
		}
		assertThat(second.bytes()).isEqualTo(Files.size(second.files().get(0)) + Files.size(second.files().get(1)));
	}

	private static String text(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

}

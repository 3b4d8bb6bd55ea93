package dev.careers.importcli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class FolderWalkTest {

	@TempDir
	Path folder;

	@Test
	void findsAcceptedFilesInSubfoldersInNameOrderWithTheirRelativeNames() throws IOException {
		write("b.pdf", "second");
		write("a/c.PDF", "nested, upper-case extension");
		write("a.docx", "word");
		write("notes.txt", "not asked for");
		write("no-extension", "not asked for");

		assertThat(new FolderWalk(Set.of("pdf", "DOCX")).files(folder)).extracting(LocalFile::name)
			.containsExactly("a.docx", "a/c.PDF", "b.pdf");
	}

	@Test
	void leavesOutHiddenFilesAndFoldersAmongThemTheStateFile() throws IOException {
		write("kept.pdf", "kept");
		write(StateFile.DEFAULT_NAME, "{}");
		write(".hidden.pdf", "hidden");
		write(".trash/old.pdf", "in a hidden folder");

		assertThat(new FolderWalk(Set.of("pdf", "json")).files(folder)).extracting(LocalFile::name)
			.containsExactly("kept.pdf");
	}

	@Test
	void hashesTheContentWithSha256AsImportServiceDoes() throws IOException {
		write("abc.pdf", "abc");

		LocalFile file = new FolderWalk(Set.of("pdf")).files(folder).get(0);

		// SHA-256("abc"), the FIPS 180-2 test vector
		assertThat(file.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(file.size()).isEqualTo(3);
		assertThat(file.path()).isEqualTo(folder.resolve("abc.pdf"));
	}

	@Test
	void aMissingFolderIsAClearError() {
		assertThatIOException().isThrownBy(() -> new FolderWalk(Set.of("pdf")).files(folder.resolve("nope")))
			.withMessageContaining("Not a folder");
	}

	private void write(String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
	}

}

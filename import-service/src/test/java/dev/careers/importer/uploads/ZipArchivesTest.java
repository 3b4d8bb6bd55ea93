package dev.careers.importer.uploads;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.careers.events.FailureCode;
import dev.careers.testsupport.TestArchives;
import dev.careers.testsupport.TestPdfs;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static dev.careers.testsupport.TestArchives.entries;
import static dev.careers.testsupport.TestArchives.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ZipArchivesTest {

	private static final byte[] ALICE = TestPdfs.resume("Alice Martin", "alice@example.com", List.of("Java"));

	private static final byte[] BOB = TestPdfs.resume("Bob Chen", "bob@example.com", List.of("Go"));

	private static final byte[] TEXT = "Carol Diaz\ncarol@example.com\nPython".getBytes(StandardCharsets.UTF_8);

	private final List<Line> lines = new ArrayList<>();

	@Test
	void everyDocumentInNestedFoldersIsOneFileNamedByItsPath() throws IOException {
		byte[] archive = zip(entries("team-a/", new byte[0], "team-a/2024/alice.pdf", ALICE, "bob.pdf", BOB,
				"notes/carol.txt", TEXT));

		expand(archives(), archive, "resumes.zip");

		assertThat(lines).extracting(Line::name, Line::rejection, Line::mediaType)
			.containsExactly(tuple("team-a/2024/alice.pdf", null, "application/pdf"),
					tuple("bob.pdf", null, "application/pdf"), tuple("notes/carol.txt", null, "text/plain;charset=UTF-8"));
		assertThat(lines.get(0).sha256()).hasSize(64);
	}

	@Test
	void archivesInsideAreOpenedOneLevelDeep() throws IOException {
		byte[] innermost = zip(entries("deep.pdf", BOB));
		byte[] inner = zip(entries("alice.pdf", ALICE, "again.zip", innermost));
		byte[] archive = zip(entries("batch/inner.zip", inner, "bob.pdf", BOB));

		expand(archives(), archive, "outer.zip");

		assertThat(lines).extracting(Line::name, Line::rejection)
			.containsExactly(tuple("batch/inner.zip/alice.pdf", null),
					tuple("batch/inner.zip/again.zip", FailureCode.NESTED_ARCHIVE), tuple("bob.pdf", null));
	}

	@Test
	void pathsThatClimbOutAreRefusedEachAndTheRestIsImported() throws IOException {
		byte[] archive = zip(entries("../../etc/alice.pdf", ALICE, "/abs/bob.pdf", BOB, "C:\\temp\\x.pdf", BOB,
				"fine/alice.pdf", ALICE));

		expand(archives(), archive, "hostile.zip");

		assertThat(lines).extracting(Line::name, Line::rejection)
			.containsExactly(tuple("etc/alice.pdf", FailureCode.UNSAFE_PATH), tuple("abs/bob.pdf", FailureCode.UNSAFE_PATH),
					tuple("C:/temp/x.pdf", FailureCode.UNSAFE_PATH), tuple("fine/alice.pdf", null));
	}

	@Test
	void aZipBombIsStoppedByTheInflationRatioWhileItStreams() throws IOException {
		byte[] archive = zip(entries("alice.pdf", ALICE, "bomb.pdf", new byte[64 * 1024 * 1024], "bob.pdf", BOB));
		ByteArrayInputStream part = new ByteArrayInputStream(archive);

		expand(archives(), part, "bomb.zip");

		assertThat(lines).extracting(Line::name, Line::rejection)
			.containsExactly(tuple("alice.pdf", null), tuple("bomb.pdf", FailureCode.ARCHIVE_TOO_LARGE));
		assertThat(part.available()).as("the rest of the part was read, so the next file of the batch follows")
			.isZero();
	}

	@Test
	void theTotalInflatedSizeIsCountedOnTheBytesInflatedNotTheHeaders() throws IOException {
		ZipArchives archives = archives(new ArchiveProperties(100, DataSize.ofBytes(ALICE.length + 10), 1000, null));
		byte[] archive = zip(entries("alice.pdf", ALICE, "bob.pdf", BOB));

		expand(archives, archive, "big.zip");

		assertThat(lines).extracting(Line::name, Line::rejection)
			.containsExactly(tuple("alice.pdf", null), tuple("bob.pdf", FailureCode.ARCHIVE_TOO_LARGE));
	}

	@Test
	void pastTheEntryCapTheRestOfTheArchiveIsOneError() throws IOException {
		ZipArchives archives = archives(new ArchiveProperties(2, null, null, null));
		byte[] archive = zip(entries("a.pdf", ALICE, "b.pdf", BOB, "c.txt", TEXT, "d.pdf", ALICE));

		expand(archives, archive, "many.zip");

		assertThat(lines).extracting(Line::name, Line::rejection)
			.containsExactly(tuple("a.pdf", null), tuple("b.pdf", null), tuple("many.zip", FailureCode.ARCHIVE_TOO_LARGE));
	}

	@Test
	void anEncryptedEntryIsRefusedAndTheNextIsImported() throws IOException {
		byte[] archive = TestArchives.withEncryptedEntry(entries("locked.pdf", ALICE, "bob.pdf", BOB), "locked.pdf");

		expand(archives(), archive, "locked.zip");

		assertThat(lines).extracting(Line::name, Line::rejection)
			.containsExactly(tuple("locked.pdf", FailureCode.ENCRYPTED_ENTRY), tuple("bob.pdf", null));
	}

	@Test
	void anArchiveCutInAnEntryKeepsWhatCameBeforeAndSaysItIsDamaged() throws IOException {
		byte[] whole = zip(entries("alice.pdf", ALICE, "bob.pdf", BOB));

		expand(archives(), TestArchives.cut(whole, ALICE.length + BOB.length / 2), "cut.zip");

		assertThat(lines).extracting(Line::name, Line::rejection)
			.containsExactly(tuple("alice.pdf", null), tuple("bob.pdf", FailureCode.ARCHIVE_DAMAGED));
	}

	@Test
	void aMissingOrWrongCentralDirectoryIsDamaged() throws IOException {
		byte[] whole = zip(entries("alice.pdf", ALICE));

		expand(archives(), TestArchives.cut(whole, TestArchives.centralDirectoryOffset(whole) + 10), "cut.zip");
		expand(archives(), TestArchives.withWrongDirectoryCount(whole), "miscounted.zip");

		assertThat(lines).extracting(Line::name, Line::rejection)
			.containsExactly(tuple("alice.pdf", null), tuple("cut.zip", FailureCode.ARCHIVE_DAMAGED),
					tuple("alice.pdf", null), tuple("miscounted.zip", FailureCode.ARCHIVE_DAMAGED));
	}

	@Test
	void contentThatIsNoArchiveIsDamaged() throws IOException {
		expand(archives(), ALICE, "really-a-pdf.zip");

		assertThat(lines).extracting(Line::name, Line::rejection)
			.containsExactly(tuple("really-a-pdf.zip", FailureCode.ARCHIVE_DAMAGED));
	}

	@Test
	void entriesThatAreNoDocumentsGetTheirCauseAndBookkeepingIsSkipped() throws IOException {
		byte[] archive = zip(entries("__MACOSX/._alice.pdf", TEXT, "team/.DS_Store", TEXT, "photo.png",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10 }, "old.doc", TEXT, "empty.pdf", new byte[0],
				"alice.pdf", ALICE));

		expand(archives(), archive, "mixed.zip");

		assertThat(lines).extracting(Line::name, Line::rejection)
			.containsExactly(tuple("photo.png", FailureCode.NOT_A_PDF), tuple("old.doc", FailureCode.LEGACY_FORMAT),
					tuple("empty.pdf", FailureCode.EMPTY_FILE), tuple("alice.pdf", null));
	}

	private ZipArchives archives() {
		return archives(new ArchiveProperties(null, null, null, null));
	}

	private static ZipArchives archives(ArchiveProperties caps) {
		return new ZipArchives(caps,
				new FileSpool(new UploadProperties(DataSize.ofMegabytes(80), null, null, null)));
	}

	private void expand(ZipArchives archives, byte[] archive, String name) throws IOException {
		expand(archives, new ByteArrayInputStream(archive), name);
	}

	private void expand(ZipArchives archives, InputStream part, String name) throws IOException {
		archives.expand(part, name, upload -> {
			lines.add(new Line(upload.fileName(), upload.rejection().orElse(null), upload.mediaType(), upload.sha256()));
			try {
				upload.delete();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private record Line(String name, FailureCode rejection, String mediaType, String sha256) {
	}

}

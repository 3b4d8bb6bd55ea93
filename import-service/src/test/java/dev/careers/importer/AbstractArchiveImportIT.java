package dev.careers.importer;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.careers.events.ExtractionRequested;
import dev.careers.events.FailureCode;
import dev.careers.events.ImportCompleted;
import dev.careers.events.RecordCreated;
import dev.careers.events.RecordRejected;
import dev.careers.events.Topics;
import dev.careers.importer.ImportServiceClient.NamedFile;
import dev.careers.testsupport.TestArchives;
import dev.careers.testsupport.TestPdfs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static dev.careers.importer.AbstractBulkApplicantImportIT.counts;
import static dev.careers.importer.AbstractBulkApplicantImportIT.results;
import static dev.careers.testsupport.TestArchives.entries;
import static dev.careers.testsupport.TestArchives.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * ZIP archives, Word and text resumes through the upload API on a real broker and database: one
 * record per document inside, named by its path; hostile archives and entries cost only themselves.
 */
abstract class AbstractArchiveImportIT extends AbstractImportServiceIT {

	private static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final byte[] OLE2_HEADER = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
			0x1A, (byte) 0xE1, 0, 0, 0, 0 };

	EventProbe events;

	@BeforeEach
	void listen() {
		events = new EventProbe(bootstrapServers, tenant, Topics.IMPORT_EVENTS, Topics.EXTRACTION_REQUESTS);
	}

	@AfterEach
	void stopListening() {
		events.close();
	}

	@Test
	void everyDocumentOfAnArchiveIsOneApplicantAndHostileEntriesAndArchivesAreOneErrorEach() {
		byte[] resumes = zip(entries("team-a/", new byte[0], "team-a/alice.pdf", resume("Alice Archer"),
				"team-a/2024/bob.pdf", resume("Bob Baker"), "carol.txt", text("Carol Clark"), "dana.docx",
				wordPackage(), "inner.zip", zip(entries("erin.pdf", resume("Erin Evans"))), "../escape.pdf",
				resume("Eve Escape")));
		byte[] bomb = zip(entries("gina.pdf", resume("Gina Gray"), "zeros.pdf", new byte[8 * 1024 * 1024]));
		byte[] whole = zip(entries("hugo.pdf", resume("Hugo Hill"), "ines.pdf", resume("Ines Irwin")));
		byte[] cut = TestArchives.cut(whole, whole.length * 3 / 4);
		String importId = client.openApplicantImport(tenant);

		List<JsonNode> results = results(client.upload(tenant, importId,
				List.of(new NamedFile("resumes.zip", resumes), new NamedFile("bomb.zip", bomb),
						new NamedFile("cut.zip", cut), new NamedFile("frank.pdf", resume("Frank Ford")),
						new NamedFile("old.doc", OLE2_HEADER))));

		assertThat(results).extracting(result -> result.get("file").asString(), result -> result.get("outcome").asString(),
				AbstractArchiveImportIT::code)
			.containsExactly(tuple("team-a/alice.pdf", "CREATED", null), tuple("team-a/2024/bob.pdf", "CREATED", null),
					tuple("carol.txt", "CREATED", null), tuple("dana.docx", "CREATED", null),
					tuple("inner.zip/erin.pdf", "CREATED", null), tuple("escape.pdf", "ERROR", "UNSAFE_PATH"),
					tuple("gina.pdf", "CREATED", null), tuple("zeros.pdf", "ERROR", "ARCHIVE_TOO_LARGE"),
					tuple("hugo.pdf", "CREATED", null), tuple("ines.pdf", "ERROR", "ARCHIVE_DAMAGED"),
					tuple("frank.pdf", "CREATED", null), tuple("old.doc", "ERROR", "LEGACY_FORMAT"));
		assertThat(results.get(11).get("error").get("hint").asString()).isEqualTo(FailureCode.LEGACY_FORMAT.hint());
		assertThat(counts(client.get(tenant, "/api/imports/{id}", importId).getBody())).containsExactly(8, 0, 0, 4);
		assertThat(client.get(tenant, "/api/applicants").getBody().get("total").asLong()).isEqualTo(8);

		assertThat(contentTypeRequestedFor("carol.txt")).startsWith("text/plain");
		assertThat(contentTypeRequestedFor("dana.docx")).isEqualTo(WORD);
		assertThat(contentTypeRequestedFor("inner.zip/erin.pdf")).isEqualTo("application/pdf");
		events.await(RecordCreated.class, event -> event.source().equals("team-a/2024/bob.pdf"));
		RecordRejected escape = (RecordRejected) events
			.await(RecordRejected.class, event -> event.source().equals("escape.pdf"))
			.value();
		assertThat(escape.errorCode()).isEqualTo(FailureCode.UNSAFE_PATH);

		client.complete(tenant, importId);
		ImportCompleted completed = (ImportCompleted) events
			.await(ImportCompleted.class, event -> event.importId().toString().equals(importId))
			.value();
		assertThat(List.of(completed.created(), completed.updated(), completed.skipped(), completed.errors()))
			.containsExactly(8, 0, 0, 4);
	}

	@Test
	void aDocumentAlreadyImportedAloneIsSkippedWhenItArrivesInsideAnArchive() {
		byte[] alice = resume("Alice Again");
		String first = client.openApplicantImport(tenant);
		results(client.upload(tenant, first, List.of(new NamedFile("alice.pdf", alice))));

		String second = client.openApplicantImport(tenant);
		List<JsonNode> results = results(client.upload(tenant, second,
				List.of(new NamedFile("batch.zip", zip(entries("folder/alice.pdf", alice))))));

		assertThat(results).extracting(result -> result.get("outcome").asString()).containsExactly("SKIPPED");
	}

	@Test
	void aProfileUploadDoesNotUnpackAnArchive() {
		String importId = client.openApplicantImport(tenant);
		String applicantId = results(client.upload(tenant, importId,
				List.of(new NamedFile("jo.pdf", resume("Jo Jones"))))).get(0).get("recordId").asString();

		ResponseEntity<JsonNode> refused = client.addResume(tenant, applicantId,
				new NamedFile("jo.zip", zip(entries("jo.pdf", resume("Jo Jones Two")))));

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(refused.getBody().get("code").asString()).isEqualTo("NOT_A_PDF");
	}

	private String contentTypeRequestedFor(String fileName) {
		return ((ExtractionRequested) events.await(ExtractionRequested.class,
				event -> event.sourceName().equals(fileName)).value()).contentType();
	}

	private static byte[] resume(String name) {
		return TestPdfs.resume(name, name.toLowerCase().replace(' ', '.') + "@example.org", List.of("Java", "SQL"));
	}

	private static byte[] text(String name) {
		return (name + "\n" + name.toLowerCase().replace(' ', '.') + "@example.org\nSkills: Java, SQL\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	/** The shape of a DOCX as the upload checks it: a ZIP package holding the Word part. */
	private static byte[] wordPackage() {
		return zip(entries("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8), "word/document.xml",
				"<w:document/>".getBytes(StandardCharsets.UTF_8)));
	}

	private static String code(JsonNode result) {
		return result.has("error") && !result.get("error").isNull() ? result.get("error").get("code").asString() : null;
	}

}

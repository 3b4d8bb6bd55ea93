package dev.careers.importer;

import java.util.ArrayList;
import java.util.List;

import dev.careers.importer.ImportServiceClient.NamedFile;
import dev.careers.testsupport.TestPdfs;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile file names through the upload API (issue 10 item 6): path separators, NUL, names of
 * 300 and 10,000 characters, HTML and script (line breaks and the other invisible characters are
 * {@code FileNamesTest}'s: a client cannot put them in a multipart header intact). Each file is imported under a sanitised
 * name; the name stored, listed, shown on the profile and offered for download is that one, never
 * a path, never markup; answers are JSON, never a page that could run what was sent.
 */
abstract class AbstractHostileFileNamesIT extends AbstractImportServiceIT {

	private static final List<String> HOSTILE = List.of("../../../etc/cron.d/evil1.pdf",
			"..\\..\\Windows\\System32\\evil2.pdf", "/var/lib/postgresql/evil3.pdf", "nul\u0000byte.pdf",
			"n".repeat(300) + ".pdf",
			"<script>alert(document.cookie)</script>.pdf", "<img src=x onerror=alert(1)>.pdf");

	@Test
	void hostileFileNamesAreImportedUnderSanitisedNamesThatAreNeitherPathsNorMarkup() {
		String importId = client.openApplicantImport(tenant);
		List<NamedFile> files = new ArrayList<>();
		for (int index = 0; index < HOSTILE.size(); index++) {
			files.add(new NamedFile(HOSTILE.get(index),
					TestPdfs.resume("Person " + index, "person" + index + "@example.org", List.of("Java"))));
		}

		ResponseEntity<JsonNode> response = client.upload(tenant, importId, files);

		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
		JsonNode results = response.getBody().get("results");
		assertThat(results).hasSize(HOSTILE.size());
		List<String> names = new ArrayList<>();
		for (JsonNode result : results) {
			assertThat(result.get("outcome").asString()).isEqualTo("CREATED");
			String name = result.get("file").asString();
			assertSafe(name);
			names.add(name);
			JsonNode profile = client.get(tenant, "/api/applicants/{id}", result.get("recordId").asString())
				.getBody();
			assertThat(profile.get("sourceFileName").asString()).isEqualTo(name);
			assertThat(profile.get("resumes").get(0).get("fileName").asString()).isEqualTo(name);
			ResponseEntity<byte[]> download = client.bytes(tenant, "/api/applicants/{id}/resumes/1/content",
					result.get("recordId").asString());
			assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
			assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo(name);
			assertThat(download.getHeaders().get(HttpHeaders.CONTENT_TYPE)).hasSize(1);
		}
		assertThat(names).containsExactly("evil1.pdf", "evil2.pdf", "evil3.pdf", "nulbyte.pdf",
				"n".repeat(251) + ".pdf", "script_.pdf",
				"_img src=x onerror=alert(1)_.pdf");
		assertThat(client.get(tenant, "/api/applicants").getBody().toString()).doesNotContain("<", "..", "\\u0000");
	}

	/** A long name in a non-Latin script (3 bytes a character in UTF-8) is imported under that name. */
	@Test
	void aLongNonLatinFileNameIsImportedUnderItsName() {
		String importId = client.openApplicantImport(tenant);
		String name = "履歴書".repeat(80) + ".pdf";

		ResponseEntity<JsonNode> response = client.upload(tenant, importId,
				List.of(new NamedFile(name, TestPdfs.resume("Kenji Sato", "kenji@example.org", List.of("Java")))));

		assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
		JsonNode result = response.getBody().get("results").get(0);
		assertThat(result.get("outcome").asString()).isEqualTo("CREATED");
		assertThat(result.get("file").asString()).isEqualTo(name);
	}

	/**
	 * Past the multipart parser's limit on a part's headers (4 KiB, room for any 255-character
	 * name), the parser cannot go on: the request is refused, cleanly.
	 */
	@Test
	void aFileNameBeyondThePartHeaderLimitIsRefusedAsTooLargeNotAServerError() {
		String importId = client.openApplicantImport(tenant);
		String name = "n".repeat(10_000) + ".pdf";

		ResponseEntity<JsonNode> response = client.upload(tenant, importId,
				List.of(new NamedFile(name, TestPdfs.resume("Long Name", "long@example.org", List.of("Java")))));

		assertThat(response.getStatusCode().value()).isEqualTo(413);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody().toString()).doesNotContain("nnnnnnnnnn");
	}

	private static void assertSafe(String name) {
		assertThat(name).doesNotContain("/", "\\", "\u0000", "\r", "\n", "<", ">").isNotIn("", ".", "..");
		assertThat(name.length()).isLessThanOrEqualTo(255);
	}

}

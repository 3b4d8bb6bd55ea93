package dev.careers.importer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import dev.careers.events.ApplicantsMerged;
import dev.careers.events.ContactDetails;
import dev.careers.events.DuplicateMatch;
import dev.careers.events.ExtractionCompleted;
import dev.careers.events.ExtractionResult;
import dev.careers.events.PossibleDuplicateFound;
import dev.careers.events.SkillMatch;
import dev.careers.events.TaskKind;
import dev.careers.events.Topics;
import dev.careers.importer.ImportServiceClient.NamedFile;
import dev.careers.testsupport.TestPdfs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The same person, twice (ADR 0019), on a real broker and database: what extraction reads marks
 * possible duplicates within a tenant, by email or else phone, never by name and never across
 * tenants; a merge through the API makes one applicant, once, and says so on {@code applicant.events}.
 */
abstract class AbstractPossibleDuplicatesIT extends AbstractImportServiceIT {

	EventProbe events;

	EventSender worker;

	@BeforeEach
	void connect() {
		events = new EventProbe(bootstrapServers, tenant, Topics.APPLICANT_EVENTS);
		worker = new EventSender(bootstrapServers);
	}

	@AfterEach
	void disconnect() {
		events.close();
		worker.close();
	}

	@Test
	void sameEmailUnderOtherFileNamesIsFlaggedWithinAnImportAndAcrossImports() {
		String firstImport = client.openApplicantImport(tenant);
		List<Imported> first = importAll(tenant, firstImport, "ada.pdf", "ada-cv-2026.pdf");
		Imported ada = first.get(0);
		Imported adaCv = first.get(1);
		String secondImport = client.openApplicantImport(tenant);
		Imported adaAgain = importAll(tenant, secondImport, "lovelace.pdf").get(0);

		readAndAwait(tenant, ada, contact("Ada Lovelace", "ada@example.com", null), "Java");
		read(tenant, adaCv, contact("Ada Lovelace", " Ada@Example.COM ", null), "Java");
		read(tenant, adaAgain, contact("Ada King", "ADA@example.com", "+44 20 7946 0958"), "Java");

		PossibleDuplicateFound inFirst = found(adaCv);
		assertThat(inFirst.applicantId()).isEqualTo(ada.applicantId());
		assertThat(inFirst.matchedOn()).isEqualTo(DuplicateMatch.EMAIL);
		assertThat(inFirst.importId()).hasToString(firstImport);
		PossibleDuplicateFound inSecond = found(adaAgain);
		assertThat(inSecond.applicantId()).as("paired with the oldest").isEqualTo(ada.applicantId());
		assertThat(inSecond.importId()).hasToString(secondImport);

		JsonNode oldest = profile(tenant, ada).getBody().get("possibleDuplicates");
		assertThat(oldest).hasSize(2);
		assertThat(oldest.get(0).get("applicantId").asString()).isEqualTo(adaCv.applicantId().toString());
		assertThat(oldest.get(0).get("matchedOn").asString()).isEqualTo("EMAIL");
		assertThat(oldest.get(0).get("older").asBoolean()).isFalse();
		JsonNode newer = profile(tenant, adaCv).getBody().get("possibleDuplicates");
		assertThat(newer).hasSize(1);
		assertThat(newer.get(0).get("applicantId").asString()).isEqualTo(ada.applicantId().toString());
		assertThat(newer.get(0).get("older").asBoolean()).isTrue();
		JsonNode list = client.get(tenant, "/api/applicants").getBody().get("items");
		assertThat(list).allSatisfy(row -> assertThat(row.get("possibleDuplicates")).isNotEmpty());
	}

	@Test
	void phoneNumbersMatchInE164WhenAResumeGivesNoEmail() {
		String importId = client.openApplicantImport(tenant);
		List<Imported> imported = importAll(tenant, importId, "grace.pdf", "hopper.pdf");
		Imported first = imported.get(0);
		Imported second = imported.get(1);
		readAndAwait(tenant, first, contact("Grace Hopper", "grace@example.com", "+1 (212) 555-0142"), "Cobol");
		// written without a country code: the default region (US) reads it
		read(tenant, second, contact("Grace Hopper", null, "212.555.0142"), "Cobol");

		PossibleDuplicateFound pair = found(second);
		assertThat(pair.applicantId()).isEqualTo(first.applicantId());
		assertThat(pair.matchedOn()).isEqualTo(DuplicateMatch.PHONE);
		assertThat(profile(tenant, second).getBody().get("possibleDuplicates").get(0).get("matchedOn").asString())
			.isEqualTo("PHONE");
	}

	@Test
	void neitherANameNorAPhoneBesideTwoDifferentEmailsMakesAPair() {
		String importId = client.openApplicantImport(tenant);
		List<Imported> imported = importAll(tenant, importId, "john-smith.pdf", "j-smith.pdf", "smith-office.pdf");
		Imported first = imported.get(0);
		Imported second = imported.get(1);
		Imported third = imported.get(2);
		readAndAwait(tenant, first, contact("John Smith", "john@example.com", "+1 212 555 0100"), "Java");
		read(tenant, second, contact("John Smith", "smith.j@example.org", "+1 212 555 0100"), "Java");
		read(tenant, third, contact("John Smith", null, null), "Java");

		awaitExtracted(tenant, second);
		awaitExtracted(tenant, third);
		for (Imported applicant : List.of(first, second, third)) {
			assertThat(profile(tenant, applicant).getBody().get("possibleDuplicates")).isEmpty();
		}
		assertThat(events.all(PossibleDuplicateFound.class)).isEmpty();
	}

	@Test
	void theSameEmailInAnotherTenantIsNoDuplicate() {
		String otherTenant = newTenantId();
		Imported mine = importAll(tenant, client.openApplicantImport(tenant), "linus.pdf").get(0);
		Imported theirs = importAll(otherTenant, client.openApplicantImport(otherTenant), "linus-t.pdf").get(0);
		readAndAwait(tenant, mine, contact("Linus", "linus@example.org", "+1 212 555 0199"), "C");
		read(otherTenant, theirs, contact("Linus", "linus@example.org", "+1 212 555 0199"), "C");

		awaitExtracted(otherTenant, theirs);
		assertThat(profile(tenant, mine).getBody().get("possibleDuplicates")).isEmpty();
		assertThat(profile(otherTenant, theirs).getBody().get("possibleDuplicates")).isEmpty();
		assertThat(countPairs(otherTenant)).isZero();
		assertThat(countPairs(tenant)).isZero();
	}

	@Test
	void mergeKeepsTheOlderApplicantWithTheNewerResumeAsItsLatestVersionOnce() {
		String importId = client.openApplicantImport(tenant);
		List<Imported> imported = importAll(tenant, importId, "ada.pdf", "ada-2026.pdf");
		Imported older = imported.get(0);
		Imported newer = imported.get(1);
		readAndAwait(tenant, older, contact("Ada Lovelace", "ada@example.com", null), "Java");
		read(tenant, newer, contact("Ada Lovelace", "ada@example.com", "+44 20 7946 0958"), "Kotlin");
		found(newer);

		// asked from the newer one's page: the older still keeps its id
		ResponseEntity<JsonNode> merged = merge(tenant, newer.applicantId(), older.applicantId());

		assertThat(merged.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(merged.getBody().get("applicantId").asString()).isEqualTo(older.applicantId().toString());
		assertThat(merged.getBody().get("currentVersion").asInt()).isEqualTo(2);
		JsonNode kept = profile(tenant, older).getBody();
		assertThat(kept.get("currentVersion").asInt()).isEqualTo(2);
		assertThat(kept.get("resumes")).extracting(version -> version.get("fileName").asString())
			.containsExactly("ada.pdf", "ada-2026.pdf");
		assertThat(kept.get("skills")).extracting(skill -> skill.get("name").asString()).containsExactly("Kotlin");
		assertThat(kept.get("phone").asString()).isEqualTo("+44 20 7946 0958");
		assertThat(kept.get("possibleDuplicates")).isEmpty();
		assertThat(kept.get("extraction").get("taskId").asString()).isEqualTo(newer.taskId().toString());
		ResponseEntity<JsonNode> gone = profile(tenant, newer);
		assertThat(gone.getStatusCode()).isEqualTo(HttpStatus.PERMANENT_REDIRECT);
		assertThat(gone.getHeaders().getLocation()).hasToString("/api/applicants/" + older.applicantId());
		assertThat(client.get(tenant, "/api/applicants").getBody().get("items"))
			.extracting(row -> row.get("id").asString())
			.containsExactly(older.applicantId().toString());

		ApplicantsMerged event = (ApplicantsMerged) events
			.await(ApplicantsMerged.class, any -> any.applicantId().equals(older.applicantId()))
			.value();
		assertThat(event.mergedApplicantId()).isEqualTo(newer.applicantId());
		assertThat(event.currentVersion()).isEqualTo(2);

		// twice, either way round: the same state and no second event
		assertThat(merge(tenant, older.applicantId(), newer.applicantId()).getBody()).isEqualTo(merged.getBody());
		assertThat(merge(tenant, newer.applicantId(), older.applicantId()).getBody()).isEqualTo(merged.getBody());
		assertThat(profile(tenant, older).getBody().get("resumes")).hasSize(2);
		await().atMost(Duration.ofSeconds(30)).until(() -> AbstractOutboxRecoveryIT.pendingPublications(jdbc, tenant) == 0);
		assertThat(events.all(ApplicantsMerged.class)).hasSize(1);
	}

	@Test
	void aResultForTheMergedResumeStillArrivingLandsOnTheApplicantThatStays() {
		String importId = client.openApplicantImport(tenant);
		List<Imported> imported = importAll(tenant, importId, "mary.pdf", "mary-shelley.pdf");
		Imported older = imported.get(0);
		Imported newer = imported.get(1);
		readAndAwait(tenant, older, contact("Mary Shelley", "mary@example.com", null), "Writing");

		merge(tenant, older.applicantId(), newer.applicantId());
		read(tenant, newer, contact("Mary W. Shelley", "mary.shelley@example.com", null), "Editing");

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode kept = profile(tenant, older).getBody();
			assertThat(kept.get("extraction").get("status").asString()).isEqualTo("COMPLETED");
			assertThat(kept.get("name").asString()).isEqualTo("Mary W. Shelley");
			assertThat(kept.get("skills")).extracting(skill -> skill.get("name").asString())
				.containsExactly("Editing");
		});
	}

	@Test
	void mergeAnswersNotFoundForAnotherTenantsApplicantAndRefusesASelfMerge() {
		Imported mine = importAll(tenant, client.openApplicantImport(tenant), "a.pdf").get(0);
		String otherTenant = newTenantId();
		Imported theirs = importAll(otherTenant, client.openApplicantImport(otherTenant), "b.pdf").get(0);

		assertThat(merge(tenant, mine.applicantId(), theirs.applicantId()).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(merge(otherTenant, mine.applicantId(), theirs.applicantId()).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(merge(tenant, mine.applicantId(), mine.applicantId()).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(client.postJson(tenant, "/api/applicants/{id}/merge", Map.of(), mine.applicantId())
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(profile(otherTenant, theirs).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(profile(tenant, mine).getBody().get("currentVersion").asInt()).isEqualTo(1);
	}

	private ResponseEntity<JsonNode> merge(String tenantId, UUID applicantId, UUID otherId) {
		return client.postJson(tenantId, "/api/applicants/{id}/merge", Map.of("otherId", otherId), applicantId);
	}

	private ResponseEntity<JsonNode> profile(String tenantId, Imported applicant) {
		return client.get(tenantId, "/api/applicants/{id}", applicant.applicantId());
	}

	private PossibleDuplicateFound found(Imported newer) {
		return (PossibleDuplicateFound) events
			.await(PossibleDuplicateFound.class, event -> event.duplicateId().equals(newer.applicantId()))
			.value();
	}

	private long countPairs(String tenantId) {
		return jdbc.sql("SELECT count(*) FROM possible_duplicates WHERE tenant_id = ?")
			.param(tenantId)
			.query(Long.class)
			.single();
	}

	/** The resume is read and what it said is stored before the next one is. */
	private void readAndAwait(String tenantId, Imported applicant, ContactDetails contact, String skill) {
		read(tenantId, applicant, contact, skill);
		awaitExtracted(tenantId, applicant);
	}

	private void awaitExtracted(String tenantId, Imported applicant) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(profile(tenantId, applicant).getBody().get("extraction").get("status")
				.asString()).isEqualTo("COMPLETED"));
	}

	/** One request, so that the import cannot close for idleness between the files on a slow machine. */
	private List<Imported> importAll(String tenantId, String importId, String... fileNames) {
		List<NamedFile> files = Stream.of(fileNames)
			.map(name -> new NamedFile(name, TestPdfs.resume(name, name.replace(".pdf", "@example.net"), List.of("Java"))))
			.toList();
		ResponseEntity<JsonNode> response = client.upload(tenantId, importId, files);
		assertThat(response.getStatusCode()).as("upload: %s", response.getBody()).isEqualTo(HttpStatus.OK);
		List<Imported> imported = new ArrayList<>();
		for (JsonNode result : response.getBody().get("results")) {
			assertThat(result.get("outcome").asString()).isEqualTo("CREATED");
			imported.add(new Imported(UUID.fromString(result.get("recordId").asString()),
					UUID.fromString(result.get("taskId").asString())));
		}
		return imported;
	}

	/** What a worker says once it read the resume. */
	private void read(String tenantId, Imported applicant, ContactDetails contact, String skill) {
		ExtractionResult result = new ExtractionResult("test-1",
				List.of(new SkillMatch("skill:" + skill, skill, "hard", "language", "Skills: " + skill, 8,
						8 + skill.length(), "skills", 0.9)),
				contact, null, 1, 300, false, null, 50);
		worker.send(Topics.EXTRACTION_EVENTS, new ExtractionCompleted(UUID.randomUUID(), tenantId, Instant.now(),
				applicant.taskId(), applicant.applicantId(), TaskKind.RESUME, 1, 1, result));
	}

	private static ContactDetails contact(String name, String email, String phone) {
		return new ContactDetails(name, email, phone, List.of());
	}

	private record Imported(UUID applicantId, UUID taskId) {
	}

}

package dev.careers.importer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.UUID;
import java.util.stream.IntStream;

import dev.careers.events.ExtractionRequested;
import dev.careers.events.FailureCode;
import dev.careers.events.ImportCompleted;
import dev.careers.events.ImportFailed;
import dev.careers.events.RecordKind;
import dev.careers.events.RecordRejected;
import dev.careers.events.RecordSkipped;
import dev.careers.events.RecordUpdated;
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
 * Applicant Import at scale on a real broker and database: every per-file outcome, duplicates
 * across imports, racing uploads, the caps, the tenant limits and idle completion.
 */
abstract class AbstractBulkApplicantImportIT extends AbstractImportServiceIT {

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
	void everyOutcomeIsReportedPerFileAndBadFilesLeaveTheRestOfTheBatchUntouched() {
		byte[] alice = resume("Alice Archer");
		String importId = client.openApplicantImport(tenant);

		List<JsonNode> results = results(client.upload(tenant, importId,
				List.of(new NamedFile("alice.pdf", alice), new NamedFile("bob.pdf", resume("Bob Baker")),
						new NamedFile("alice-copy.pdf", alice), new NamedFile("empty.pdf", new byte[0]),
						new NamedFile("notes.pdf", "just some notes".getBytes(StandardCharsets.UTF_8)),
						new NamedFile("huge.pdf", oversizedPdf()), new NamedFile("carol.pdf", resume("Carol Clark")))));

		assertThat(results).extracting(result -> result.get("outcome").asString())
			.containsExactly("CREATED", "CREATED", "SKIPPED", "ERROR", "ERROR", "ERROR", "CREATED");
		assertThat(results.get(2).get("recordId").asString()).isEqualTo(results.get(0).get("recordId").asString());
		assertThat(results.get(2).has("taskId")).isFalse();
		assertError(results.get(3), FailureCode.EMPTY_FILE);
		assertError(results.get(4), FailureCode.NOT_A_PDF);
		assertError(results.get(5), FailureCode.TOO_LARGE);
		assertThat(results.get(6).get("taskId").asString()).isNotBlank();

		JsonNode summary = client.get(tenant, "/api/imports/{id}", importId).getBody();
		assertThat(summary.get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(counts(summary)).containsExactly(3, 0, 1, 3);
		RecordRejected rejected = (RecordRejected) events
			.await(RecordRejected.class, event -> event.source().equals("notes.pdf"))
			.value();
		assertThat(rejected.errorCode()).isEqualTo(FailureCode.NOT_A_PDF);
		assertThat(rejected.recordKind()).isEqualTo(RecordKind.APPLICANT);
		events.await(RecordSkipped.class, event -> event.source().equals("alice-copy.pdf"));
		assertThat(client.get(tenant, "/api/applicants").getBody().get("total").asLong()).isEqualTo(3);
	}

	@Test
	void aRequestSpanningSeveralCommitGroupsGivesEachFileItsOwnOutcomeAndExactCounts() {
		// groups of FILES_PER_COMMIT: a duplicate inside the first group, a bad file in the second,
		// a duplicate of the first group's file in the third
		byte[] gina = resume("Gina Gray");
		List<NamedFile> files = new ArrayList<>();
		for (int index = 0; index < 12; index++) {
			files.add(new NamedFile("group-" + index + ".pdf", resume("Group Member " + index)));
		}
		files.set(1, new NamedFile("gina.pdf", gina));
		files.set(3, new NamedFile("gina-again.pdf", gina));
		files.set(6, new NamedFile("broken.pdf", "not a resume".getBytes(StandardCharsets.UTF_8)));
		files.set(11, new NamedFile("gina-third.pdf", gina));
		String importId = client.openApplicantImport(tenant);

		List<JsonNode> results = results(client.upload(tenant, importId, files));

		assertThat(results).extracting(result -> result.get("file").asString())
			.containsExactlyElementsOf(files.stream().map(NamedFile::name).toList());
		assertThat(results).extracting(result -> result.get("outcome").asString())
			.containsExactly("CREATED", "CREATED", "CREATED", "SKIPPED", "CREATED", "CREATED", "ERROR", "CREATED",
					"CREATED", "CREATED", "CREATED", "SKIPPED");
		String ginaId = results.get(1).get("recordId").asString();
		assertThat(results.get(3).get("recordId").asString()).isEqualTo(ginaId);
		assertThat(results.get(11).get("recordId").asString()).isEqualTo(ginaId);
		assertError(results.get(6), FailureCode.NOT_A_PDF);
		assertThat(counts(client.get(tenant, "/api/imports/{id}", importId).getBody())).containsExactly(9, 0, 2, 1);
		assertThat(client.get(tenant, "/api/applicants").getBody().get("total").asLong()).isEqualTo(9);
		// one task per created applicant, numbered in the order of the files
		assertThat(taskNumbersInFileOrder(results)).hasSize(9).isSorted().doesNotHaveDuplicates();
		events.await(RecordRejected.class, event -> event.source().equals("broken.pdf"));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(events.all(RecordSkipped.class)).extracting(RecordSkipped::source)
				.containsExactlyInAnyOrder("gina-again.pdf", "gina-third.pdf");
			assertThat(events.all(ExtractionRequested.class)).hasSize(9);
		});
	}

	@Test
	void aTenantsFilesBeyondItsInteractiveShareGoToTheBulkLaneWhileAnotherTenantStaysInteractive() {
		// careers.tasks.lanes.interactive-share: 20 open tasks of a tenant on extraction.requests (ADR 22)
		int share = 20;
		List<NamedFile> burst = IntStream.range(0, share + 5)
			.mapToObj(index -> new NamedFile("burst-" + index + ".pdf", resume("Burst Person " + index)))
			.toList();
		String other = newTenantId();
		try (EventProbe interactive = new EventProbe(bootstrapServers, tenant, Topics.EXTRACTION_REQUESTS);
				EventProbe bulk = new EventProbe(bootstrapServers, tenant, Topics.EXTRACTION_REQUESTS_BULK);
				EventProbe otherInteractive = new EventProbe(bootstrapServers, other, Topics.EXTRACTION_REQUESTS)) {
			assertThat(results(client.upload(tenant, client.openApplicantImport(tenant), burst)))
				.allSatisfy(result -> assertThat(result.get("outcome").asString()).isEqualTo("CREATED"));
			List<JsonNode> small = results(client.upload(other, client.openApplicantImport(other),
					List.of(new NamedFile("small.pdf", resume("Small Import")))));

			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				assertThat(interactive.all(ExtractionRequested.class)).hasSize(share);
				assertThat(bulk.all(ExtractionRequested.class)).hasSize(5)
					.extracting(ExtractionRequested::sourceName)
					.containsExactlyInAnyOrder("burst-20.pdf", "burst-21.pdf", "burst-22.pdf", "burst-23.pdf",
							"burst-24.pdf");
				assertThat(otherInteractive.all(ExtractionRequested.class)).extracting(request -> request.taskId().toString())
					.containsExactly(small.get(0).get("taskId").asString());
			});
		}
	}

	@Test
	void twoRequestsIntoOneImportAtOnceCountEveryFileExactlyOnce() throws Exception {
		String importId = client.openApplicantImport(tenant);
		// the same resumes under each uploader's own names: every content once CREATED, once SKIPPED
		List<byte[]> contents = IntStream.range(0, 8).mapToObj(index -> resume("Shared Sam " + index)).toList();
		ExecutorService uploaders = Executors.newFixedThreadPool(TestSettings.CONCURRENT_REQUESTS);
		List<JsonNode> results = new ArrayList<>();
		try {
			CyclicBarrier start = new CyclicBarrier(2);
			List<Future<List<JsonNode>>> requests = new ArrayList<>();
			for (String uploader : List.of("left", "right")) {
				List<NamedFile> files = IntStream.range(0, contents.size())
					.mapToObj(index -> new NamedFile(uploader + "-" + index + ".pdf", contents.get(index)))
					.toList();
				requests.add(uploaders.submit(() -> {
					start.await();
					return results(client.upload(tenant, importId, files));
				}));
			}
			for (Future<List<JsonNode>> request : requests) {
				results.addAll(request.get());
			}
		}
		finally {
			uploaders.shutdownNow();
		}

		assertThat(results).extracting(result -> result.get("outcome").asString())
			.containsOnly("CREATED", "SKIPPED")
			.filteredOn("CREATED"::equals)
			.hasSize(contents.size());
		assertThat(counts(client.get(tenant, "/api/imports/{id}", importId).getBody()))
			.containsExactly(contents.size(), 0, contents.size(), 0);
		assertThat(client.get(tenant, "/api/applicants").getBody().get("total").asLong()).isEqualTo(contents.size());
		assertThat(jdbc.sql("SELECT task_number FROM extraction_tasks WHERE tenant_id = ?")
			.param(tenant)
			.query(Long.class)
			.list()).hasSize(contents.size()).doesNotHaveDuplicates();
	}

	@Test
	void reimportingAFolderSkipsWhatIsHeldAndAChangedFileUpdatesItsApplicant() {
		byte[] dana = resume("Dana Dunn");
		byte[] eliFirst = resume("Eli Ellis");
		String firstImport = client.openApplicantImport(tenant);
		List<JsonNode> first = results(client.upload(tenant, firstImport,
				List.of(new NamedFile("dana.pdf", dana), new NamedFile("eli.pdf", eliFirst))));
		client.complete(tenant, firstImport);
		String eliId = first.get(1).get("recordId").asString();

		byte[] eliSecond = TestPdfs.resume("Eli Ellis", "eli@example.org", List.of("Go", "Rust"));
		String secondImport = client.openApplicantImport(tenant);
		List<JsonNode> second = results(client.upload(tenant, secondImport,
				List.of(new NamedFile("dana.pdf", dana), new NamedFile("eli.pdf", eliSecond))));

		assertThat(second).extracting(result -> result.get("outcome").asString()).containsExactly("SKIPPED", "UPDATED");
		assertThat(second.get(1).get("recordId").asString()).isEqualTo(eliId);
		String freshTask = second.get(1).get("taskId").asString();
		assertThat(freshTask).isNotEqualTo(first.get(1).get("taskId").asString());
		ExtractionRequested request = (ExtractionRequested) events
			.await(ExtractionRequested.class, event -> event.taskId().toString().equals(freshTask))
			.value();
		assertThat(request.attempt()).isEqualTo(2);
		events.await(RecordUpdated.class, event -> event.recordId().toString().equals(eliId));

		JsonNode profile = client.get(tenant, "/api/applicants/{id}", eliId).getBody();
		assertThat(profile.get("currentVersion").asInt()).isEqualTo(2);
		assertThat(profile.get("extraction").get("taskId").asString()).isEqualTo(freshTask);
		JsonNode versions = profile.get("resumes");
		assertThat(versions).hasSize(2);
		assertThat(versions.get(0).get("fileName").asString()).isEqualTo("eli.pdf");
		assertThat(versions.get(1).get("sizeBytes").asLong()).isEqualTo(eliSecond.length);
		assertThat(client.bytes(tenant, "/api/applicants/{id}/resumes/1/content", eliId).getBody())
			.isEqualTo(eliFirst);
		assertThat(client.bytes(tenant, "/api/applicants/{id}/resumes/2/content", eliId).getBody())
			.isEqualTo(eliSecond);

		JsonNode summary = client.complete(tenant, secondImport).getBody();
		assertThat(summary.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(counts(summary)).containsExactly(0, 1, 1, 0);
	}

	@Test
	void anImportWhoseEveryFileFailedEndsFailed() {
		String importId = client.openApplicantImport(tenant);
		client.upload(tenant, importId, List.of(new NamedFile("a.pdf", new byte[0]),
				new NamedFile("b.pdf", "<html>".getBytes(StandardCharsets.UTF_8))));

		JsonNode summary = client.complete(tenant, importId).getBody();

		assertThat(summary.get("status").asString()).isEqualTo("FAILED");
		assertThat(counts(summary)).containsExactly(0, 0, 0, 2);
		ImportFailed failed = (ImportFailed) events
			.await(ImportFailed.class, event -> event.importId().toString().equals(importId))
			.value();
		assertThat(failed.errors()).isEqualTo(2);
		assertThat(client.upload(tenant, importId, List.of(new NamedFile("late.pdf", resume("Late Lee"))))
			.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void aRequestOverTheRequestCapIsRefusedWhole() {
		String importId = client.openApplicantImport(tenant);
		byte[] part = new byte[TestSettings.MAX_REQUEST_BYTES / 2];
		Arrays.fill(part, (byte) 'x');

		ResponseEntity<JsonNode> response = client.upload(tenant, importId, List.of(new NamedFile("a.pdf", part),
				new NamedFile("b.pdf", part), new NamedFile("c.pdf", resume("Cap Carter"))));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(response.getBody().get("title").asString()).isEqualTo("Upload too large");
		assertThat(counts(client.get(tenant, "/api/imports/{id}", importId).getBody())).containsExactly(0, 0, 0, 0);
	}

	@Test
	void racingUploadsOfTheSameFileCreateOneApplicant() throws Exception {
		String importId = client.openApplicantImport(tenant);
		ExecutorService uploaders = Executors.newFixedThreadPool(TestSettings.CONCURRENT_REQUESTS);
		try {
			for (int round = 0; round < 4; round++) {
				byte[] content = resume("Racer " + round);
				// same name and content in one round, the same content under another name in the next
				String otherName = round % 2 == 0 ? "racer-" + round + ".pdf" : "racer-" + round + "-copy.pdf";
				CyclicBarrier start = new CyclicBarrier(2);
				List<Future<List<JsonNode>>> racers = new ArrayList<>();
				for (String name : List.of("racer-" + round + ".pdf", otherName)) {
					racers.add(uploaders.submit(() -> {
						start.await();
						return results(client.upload(tenant, importId, List.of(new NamedFile(name, content))));
					}));
				}
				List<String> outcomes = new ArrayList<>();
				for (Future<List<JsonNode>> racer : racers) {
					outcomes.add(racer.get().get(0).get("outcome").asString());
				}
				assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder("CREATED", "SKIPPED");
			}
		}
		finally {
			uploaders.shutdownNow();
		}
		assertThat(client.get(tenant, "/api/applicants").getBody().get("total").asLong()).isEqualTo(4);
		assertThat(counts(client.get(tenant, "/api/imports/{id}", importId).getBody())).containsExactly(4, 0, 4, 0);
	}

	@Test
	void aTenantPastItsFilesPerMinuteIsToldToRetryLater() {
		String importId = client.openApplicantImport(tenant);
		// a batch is never cut in half: it may overdraw the bucket, and the next request pays for it
		int overdrawn = TestSettings.FILES_PER_MINUTE + 10;
		List<NamedFile> batch = IntStream.range(0, overdrawn)
			.mapToObj(index -> new NamedFile("junk-" + index + ".pdf", ("junk " + index).getBytes(StandardCharsets.UTF_8)))
			.toList();
		assertThat(results(client.upload(tenant, importId, batch))).hasSize(overdrawn);

		ResponseEntity<JsonNode> refused = client.upload(tenant, importId,
				List.of(new NamedFile("one-more.pdf", resume("One More"))));

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(Long.parseLong(refused.getHeaders().getFirst("Retry-After"))).isPositive();
		assertThat(refused.getBody().get("status").asInt()).isEqualTo(429);
		String otherTenant = newTenantId();
		assertThat(client.upload(otherTenant, client.openApplicantImport(otherTenant),
				List.of(new NamedFile("fine.pdf", resume("Fine Fisher")))).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void aTenantPastItsConcurrentUploadsIsToldToRetryLater() throws Exception {
		String importId = client.openApplicantImport(tenant);
		List<StalledUpload> stalled = new ArrayList<>();
		try {
			for (int slot = 0; slot < TestSettings.CONCURRENT_REQUESTS; slot++) {
				stalled.add(new StalledUpload(port, tenant, importId, "slow-" + slot + ".pdf", resume("Slow " + slot)));
			}

			// a request without files takes a slot but no file tokens: once both slots are held, it is refused
			ResponseEntity<JsonNode> refused = await().atMost(Duration.ofSeconds(20))
				.until(() -> client.uploadNoFiles(tenant, importId),
						response -> response.getStatusCode() == HttpStatus.TOO_MANY_REQUESTS);
			assertThat(Long.parseLong(refused.getHeaders().getFirst("Retry-After"))).isPositive();

			for (StalledUpload upload : stalled) {
				String response = upload.finish();
				assertThat(response).startsWith("HTTP/1.1 200").contains("\"outcome\":\"CREATED\"");
			}
		}
		finally {
			for (StalledUpload upload : stalled) {
				upload.close();
			}
		}
		assertThat(client.uploadNoFiles(tenant, importId).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void anImportLeftOpenCompletesItselfWhenIdle() {
		String importId = client.openApplicantImport(tenant);
		client.upload(tenant, importId, List.of(new NamedFile("idle.pdf", resume("Ida Idle"))));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> client.get(tenant, "/api/imports/{id}", importId).getBody().get("status").asString(),
					"COMPLETED"::equals);
		ImportCompleted completed = (ImportCompleted) events
			.await(ImportCompleted.class, event -> event.importId().toString().equals(importId))
			.value();
		assertThat(completed.created()).isEqualTo(1);
	}

	@Test
	void applicantsArePagedAndSearchable() {
		String importId = client.openApplicantImport(tenant);
		client.upload(tenant, importId, List.of(new NamedFile("ann-smith.pdf", resume("Ann Smith")),
				new NamedFile("bob-jones.pdf", resume("Bob Jones")), new NamedFile("ann-lee.pdf", resume("Ann Lee"))));

		JsonNode firstPage = client.get(tenant, "/api/applicants?size=2").getBody();
		JsonNode secondPage = client.get(tenant, "/api/applicants?size=2&page=1").getBody();

		assertThat(firstPage.get("total").asLong()).isEqualTo(3);
		assertThat(firstPage.get("items")).hasSize(2);
		assertThat(secondPage.get("items")).hasSize(1);
		JsonNode anns = client.get(tenant, "/api/applicants?q=ANN").getBody();
		assertThat(anns.get("total").asLong()).isEqualTo(2);
		assertThat(anns.get("items").get(0).get("sourceFileName").asString()).startsWith("ann-");
		assertThat(client.get(tenant, "/api/applicants?q=%25").getBody().get("total").asLong()).isZero();
		assertThat(client.get(tenant, "/api/applicants?size=501").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void aProfileUploadThatIsNotAPdfIsRefusedWithWhatToDo() {
		String importId = client.openApplicantImport(tenant);
		String applicantId = results(client.upload(tenant, importId,
				List.of(new NamedFile("fay.pdf", resume("Fay Ford"))))).get(0).get("recordId").asString();

		ResponseEntity<JsonNode> refused = client.addResume(tenant, applicantId,
				new NamedFile("fay.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8)));

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(refused.getBody().get("code").asString()).isEqualTo("NOT_A_PDF");
		assertThat(refused.getBody().get("hint").asString()).isEqualTo(FailureCode.NOT_A_PDF.hint());
		assertThat(client.get(tenant, "/api/applicants/{id}", applicantId).getBody().get("resumes")).hasSize(1);
	}

	private List<Long> taskNumbersInFileOrder(List<JsonNode> results) {
		List<Long> numbers = new ArrayList<>();
		for (JsonNode result : results) {
			if (result.has("taskId")) {
				numbers.add(jdbc.sql("SELECT task_number FROM extraction_tasks WHERE tenant_id = ? AND id = ?")
					.params(tenant, UUID.fromString(result.get("taskId").asString()))
					.query(Long.class)
					.single());
			}
		}
		return numbers;
	}

	private static byte[] resume(String name) {
		String handle = name.toLowerCase().replace(' ', '.');
		return TestPdfs.resume(name, handle + "@example.org", List.of("Java", "SQL"));
	}

	/** Starts like a PDF, so only its size is wrong. */
	private static byte[] oversizedPdf() {
		byte[] content = new byte[TestSettings.MAX_FILE_BYTES + 1];
		Arrays.fill(content, (byte) ' ');
		byte[] signature = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(signature, 0, content, 0, signature.length);
		return content;
	}

	static List<JsonNode> results(ResponseEntity<JsonNode> response) {
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		List<JsonNode> results = new ArrayList<>();
		response.getBody().get("results").forEach(results::add);
		return results;
	}

	static List<Integer> counts(JsonNode summary) {
		return List.of(summary.get("created").asInt(), summary.get("updated").asInt(), summary.get("skipped").asInt(),
				summary.get("errors").asInt());
	}

	private static void assertError(JsonNode result, FailureCode code) {
		assertThat(result.has("recordId")).isFalse();
		JsonNode error = result.get("error");
		assertThat(error.get("code").asString()).isEqualTo(code.name());
		assertThat(error.get("message").asString()).isEqualTo(code.message());
		assertThat(error.get("hint").asString()).isEqualTo(code.hint());
	}

}

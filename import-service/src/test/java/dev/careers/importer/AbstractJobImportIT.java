package dev.careers.importer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import dev.careers.events.CareersEvent;
import dev.careers.events.EventSerde;
import dev.careers.events.ExtractionCompleted;
import dev.careers.events.ExtractionFailed;
import dev.careers.events.ExtractionRequested;
import dev.careers.events.ExtractionResult;
import dev.careers.events.FailureCode;
import dev.careers.events.ImportCompleted;
import dev.careers.events.JobPostingDetails;
import dev.careers.events.RecordCreated;
import dev.careers.events.RecordKind;
import dev.careers.events.RecordRejected;
import dev.careers.events.RecordUpdated;
import dev.careers.events.SkillMatch;
import dev.careers.events.TaskKind;
import dev.careers.events.Topics;
import dev.careers.importer.ImportServiceClient.NamedFile;
import dev.careers.testsupport.TestPdfs;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Job Import on a real broker and database: posting URLs and JD PDFs in one import, their outcomes,
 * extraction results published by a worker, edits that survive extraction, Extract Skills (the
 * description stored for the worker), the Uploaded Jobs list, and tenant isolation.
 */
abstract class AbstractJobImportIT extends AbstractImportServiceIT {

	@Autowired
	MeterRegistry meters;

	EventProbe events;

	KafkaProducer<String, CareersEvent> worker;

	@BeforeEach
	void connect() {
		events = new EventProbe(bootstrapServers, tenant, Topics.IMPORT_EVENTS, Topics.EXTRACTION_REQUESTS);
		worker = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
				new StringSerializer(), EventSerde.serializer());
	}

	@AfterEach
	void disconnect() {
		events.close();
		worker.close();
	}

	@Test
	void eachPostingUrlBecomesAPendingJobWithATaskAndBadUrlsAreErrorsOfTheirOwn() {
		double createdBefore = importedJobs("CREATED");
		String url = posting("platform-engineer");
		String importId = openJobImport();

		List<JsonNode> results = results(client.addUrls(tenant, importId, List.of(url + "#apply", "jobs.example.com/42",
				"ftp://jobs.example.com/42", "https://user:secret@jobs.example.com/42", "http://10.0.0.1/job",
				"https://jobs.example.com/" + "x".repeat(2100))));

		assertThat(results).extracting(result -> result.get("outcome").asString())
			.containsExactly("CREATED", "ERROR", "ERROR", "ERROR", "ERROR", "ERROR");
		assertThat(results.get(0).get("url").asString()).isEqualTo(url);
		assertThat(results.subList(1, 4)).allSatisfy(result -> assertError(result, FailureCode.INVALID_URL));
		assertError(results.get(4), FailureCode.BLOCKED_ADDRESS);
		assertError(results.get(5), FailureCode.INVALID_URL);

		String jobId = results.get(0).get("recordId").asString();
		String taskId = results.get(0).get("taskId").asString();
		ExtractionRequested request = (ExtractionRequested) events
			.await(ExtractionRequested.class, event -> event.taskId().toString().equals(taskId))
			.value();
		assertThat(request.kind()).isEqualTo(TaskKind.JOB_DESCRIPTION);
		assertThat(request.recordId().toString()).isEqualTo(jobId);
		assertThat(request.postingUrl()).isEqualTo(url);
		assertThat(request.contentUrl()).isNull();
		assertThat(request.attempt()).isEqualTo(1);
		assertThat(request.importId().toString()).isEqualTo(importId);
		RecordCreated created = (RecordCreated) events
			.await(RecordCreated.class, event -> event.recordId().toString().equals(jobId))
			.value();
		assertThat(created.recordKind()).isEqualTo(RecordKind.JOB);
		assertThat(created.source()).isEqualTo(url);
		RecordRejected blocked = (RecordRejected) events
			.await(RecordRejected.class, event -> event.errorCode() == FailureCode.BLOCKED_ADDRESS)
			.value();
		assertThat(blocked.source()).isEqualTo("http://10.0.0.1/job");

		JsonNode job = client.get(tenant, "/api/jobs/{id}", jobId).getBody();
		assertThat(job.get("sourceUrl").asString()).isEqualTo(url);
		assertThat(job.has("title")).isFalse();
		assertThat(job.get("extraction").get("status").asString()).isEqualTo("QUEUED");
		assertThat(job.get("extraction").get("taskId").asString()).isEqualTo(taskId);
		assertThat(job.get("extraction").get("attempt").asInt()).isEqualTo(1);
		assertThat(counts(client.get(tenant, "/api/imports/{id}", importId).getBody())).containsExactly(1, 0, 0, 5);
		assertThat(importedJobs("CREATED")).isEqualTo(createdBefore + 1);
	}

	@Test
	void aUrlImportedAgainIsFetchedAgainAsAFreshTaskOfTheSameJob() {
		String url = posting("data-engineer");
		JsonNode first = results(client.addUrls(tenant, openJobImport(), List.of(url))).get(0);
		String jobId = first.get("recordId").asString();

		JsonNode again = results(client.addUrls(tenant, openJobImport(), List.of(url))).get(0);

		assertThat(again.get("outcome").asString()).isEqualTo("UPDATED");
		assertThat(again.get("recordId").asString()).isEqualTo(jobId);
		String freshTask = again.get("taskId").asString();
		assertThat(freshTask).isNotEqualTo(first.get("taskId").asString());
		ExtractionRequested request = (ExtractionRequested) events
			.await(ExtractionRequested.class, event -> event.taskId().toString().equals(freshTask))
			.value();
		assertThat(request.attempt()).isEqualTo(2);
		assertThat(request.postingUrl()).isEqualTo(url);
		events.await(RecordUpdated.class, event -> event.recordId().toString().equals(jobId) && event.source().equals(url));
		assertThat(client.get(tenant, "/api/jobs").getBody().get("total").asLong()).isEqualTo(1);
		assertThat(client.get(tenant, "/api/jobs/{id}", jobId).getBody().get("extraction").get("taskId").asString())
			.isEqualTo(freshTask);
	}

	@Test
	void urlsAreOnlyForJobImports() {
		String applicants = client.openApplicantImport(tenant);

		assertThat(client.addUrls(tenant, applicants, List.of(posting("x"))).getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
		assertThat(client.addUrls(tenant, openJobImport(), List.of()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(client.get(tenant, "/api/jobs").getBody().get("total").asLong()).isZero();
	}

	@Test
	void jdPdfsHaveTheOutcomesOfResumes() {
		byte[] backend = jd("Backend Engineer", "Java and Kafka");
		String importId = openJobImport();

		List<JsonNode> results = results(client.upload(tenant, importId,
				List.of(new NamedFile("backend.pdf", backend), new NamedFile("backend-copy.pdf", backend),
						new NamedFile("notes.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8)),
						new NamedFile("empty.pdf", new byte[0]))));

		assertThat(results).extracting(result -> result.get("outcome").asString())
			.containsExactly("CREATED", "SKIPPED", "ERROR", "ERROR");
		String jobId = results.get(0).get("recordId").asString();
		assertThat(results.get(1).get("recordId").asString()).isEqualTo(jobId);
		assertError(results.get(2), FailureCode.NOT_A_PDF);
		assertError(results.get(3), FailureCode.EMPTY_FILE);
		String firstTask = results.get(0).get("taskId").asString();
		ExtractionRequested request = (ExtractionRequested) events
			.await(ExtractionRequested.class, event -> event.taskId().toString().equals(firstTask))
			.value();
		assertThat(request.kind()).isEqualTo(TaskKind.JOB_DESCRIPTION);
		assertThat(request.contentType()).isEqualTo("application/pdf");
		assertThat(request.postingUrl()).isNull();
		assertThat(request.contentKey()).startsWith(tenant + "/");
		assertThat(stored(request.contentKey())).isEqualTo(backend);

		byte[] revised = jd("Backend Engineer", "Java, Kafka and PostgreSQL");
		JsonNode updated = results(client.upload(tenant, importId, List.of(new NamedFile("backend.pdf", revised))))
			.get(0);

		assertThat(updated.get("outcome").asString()).isEqualTo("UPDATED");
		assertThat(updated.get("recordId").asString()).isEqualTo(jobId);
		JsonNode job = client.get(tenant, "/api/jobs/{id}", jobId).getBody();
		assertThat(job.get("sourceFileName").asString()).isEqualTo("backend.pdf");
		assertThat(job.get("document").get("fileName").asString()).isEqualTo("backend.pdf");
		assertThat(job.get("document").get("sizeBytes").asLong()).isEqualTo(revised.length);
		assertThat(job.get("extraction").get("attempt").asInt()).isEqualTo(2);
		assertThat(client.bytes(tenant, "/api/jobs/{id}/document/content", jobId).getBody()).isEqualTo(revised);
	}

	@Test
	void oneSessionOfThreeUrlsAndTwoPdfsCreatesFiveJobsAndFiveTasks() {
		String importId = openJobImport();

		List<JsonNode> fromUrls = results(client.addUrls(tenant, importId,
				List.of(posting("one"), posting("two"), posting("three"))));
		List<JsonNode> fromPdfs = results(client.upload(tenant, importId,
				List.of(new NamedFile("four.pdf", jd("Four", "Go")), new NamedFile("five.pdf", jd("Five", "Rust")))));
		JsonNode summary = client.complete(tenant, importId).getBody();

		List<JsonNode> all = new ArrayList<>(fromUrls);
		all.addAll(fromPdfs);
		assertThat(all).extracting(result -> result.get("outcome").asString()).containsOnly("CREATED").hasSize(5);
		assertThat(summary.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(counts(summary)).containsExactly(5, 0, 0, 0);
		ImportCompleted completed = (ImportCompleted) events
			.await(ImportCompleted.class, event -> event.importId().toString().equals(importId))
			.value();
		assertThat(completed.created()).isEqualTo(5);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(events.all(ExtractionRequested.class))
				.extracting(request -> request.taskId().toString())
				.containsExactlyInAnyOrderElementsOf(all.stream().map(result -> result.get("taskId").asString()).toList()));
		assertThat(client.get(tenant, "/api/jobs").getBody().get("total").asLong()).isEqualTo(5);
	}

	@Test
	void aResultIsStoredOnItsJobAndAnEditedTitleSurvivesAReExtraction() {
		String url = posting("site-reliability");
		JsonNode imported = results(client.addUrls(tenant, openJobImport(), List.of(url))).get(0);
		String jobId = imported.get("recordId").asString();
		UUID firstTask = UUID.fromString(imported.get("taskId").asString());

		send(completed(firstTask, jobId, posting("Site Reliability Engineer", "Acme", "Run Kubernetes and Java."),
				List.of("Kubernetes", "Java")));

		JsonNode job = awaitJob(jobId, current -> current.get("extraction").get("status").asString().equals("COMPLETED"));
		assertThat(job.get("title").asString()).isEqualTo("Site Reliability Engineer");
		assertThat(job.get("company").asString()).isEqualTo("Acme");
		assertThat(job.get("location").asString()).isEqualTo("Berlin; Remote");
		assertThat(job.get("employmentType").asString()).isEqualTo("FULL_TIME");
		assertThat(job.get("remote").asBoolean()).isTrue();
		assertThat(job.get("salary").asString()).isEqualTo("EUR 80,000-95,000");
		assertThat(job.get("datePosted").asString()).isEqualTo("2026-11-01");
		assertThat(job.get("validThrough").asString()).isEqualTo("2026-12-31");
		assertThat(job.get("description").asString()).isEqualTo("Run Kubernetes and Java.");
		assertThat(job.get("parsedBy").asString()).isEqualTo("json-ld");
		assertThat(job.get("pageUrl").asString()).isEqualTo("https://careers.acme.example/sre");
		assertThat(skillNames(job)).containsExactly("Kubernetes", "Java");
		assertThat(job.get("skills").get(0).get("evidence").asString()).isEqualTo("We use Kubernetes");

		JsonNode edited = client.patch(tenant, "/api/jobs/{id}",
				Map.of("title", "SRE (Platform)", "addSkills", List.of("Terraform"), "removeSkills", List.of("java")),
				jobId)
			.getBody();
		assertThat(edited.get("title").asString()).isEqualTo("SRE (Platform)");
		assertThat(skillNames(edited)).containsExactly("Kubernetes", "Terraform");

		String secondTask = results(client.addUrls(tenant, openJobImport(), List.of(url))).get(0).get("taskId").asString();
		send(completed(UUID.fromString(secondTask), jobId,
				posting("Senior Site Reliability Engineer", "Acme Corp", "Run Kubernetes, Java and Go."),
				List.of("Kubernetes", "Java", "Go")));

		JsonNode reExtracted = awaitJob(jobId,
				current -> current.get("extraction").get("taskId").asString().equals(secondTask)
						&& current.get("extraction").get("status").asString().equals("COMPLETED"));
		assertThat(reExtracted.get("title").asString()).isEqualTo("SRE (Platform)");
		assertThat(reExtracted.get("company").asString()).isEqualTo("Acme Corp");
		assertThat(reExtracted.get("description").asString()).isEqualTo("Run Kubernetes, Java and Go.");
		assertThat(skillNames(reExtracted)).containsExactly("Kubernetes", "Go", "Terraform");
		assertThat(reExtracted.get("editedFields")).extracting(JsonNode::asString).containsExactly("title");
	}

	@Test
	void extractSkillsOnAFailedJobStartsAFreshTaskOnItsCurrentDescription() {
		JsonNode imported = results(client.addUrls(tenant, openJobImport(), List.of(posting("careers-home")))).get(0);
		String jobId = imported.get("recordId").asString();
		UUID firstTask = UUID.fromString(imported.get("taskId").asString());
		send(new ExtractionFailed(UUID.randomUUID(), tenant, Instant.now(), firstTask, UUID.fromString(jobId),
				TaskKind.JOB_DESCRIPTION, FailureCode.NOT_A_JOB_POSTING, FailureCode.NOT_A_JOB_POSTING.message(),
				FailureCode.NOT_A_JOB_POSTING.hint(), 1));

		JsonNode failed = awaitJob(jobId, job -> job.get("extraction").get("status").asString().equals("FAILED"));
		assertThat(failed.get("extraction").get("error").get("code").asString()).isEqualTo("NOT_A_JOB_POSTING");
		assertThat(failed.get("extraction").get("error").get("hint").asString())
			.isEqualTo(FailureCode.NOT_A_JOB_POSTING.hint());
		assertThat(failed.get("skills")).isEmpty();

		String description = "We are hiring a Go engineer — Kafka, PostgreSQL, Kubernetes.";
		client.patch(tenant, "/api/jobs/{id}", Map.of("description", description), jobId);
		ResponseEntity<JsonNode> started = client.post(tenant, "/api/jobs/{id}/extract-skills", jobId);

		assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		assertThat(started.getBody().get("attempt").asInt()).isEqualTo(2);
		String secondTask = started.getBody().get("taskId").asString();
		ExtractionRequested request = (ExtractionRequested) events
			.await(ExtractionRequested.class, event -> event.taskId().toString().equals(secondTask))
			.value();
		assertThat(request.attempt()).isEqualTo(2);
		assertThat(request.taskNumber()).isEqualTo(started.getBody().get("taskNumber").asLong());
		assertThat(request.importId()).isNull();
		assertThat(request.postingUrl()).isNull();
		assertThat(request.contentType()).isEqualTo("text/plain");
		assertThat(request.contentUrl()).isNull();
		assertThat(new String(stored(request.contentKey()), StandardCharsets.UTF_8)).isEqualTo(description);
		JsonNode job = client.get(tenant, "/api/jobs/{id}", jobId).getBody();
		assertThat(job.get("extraction").get("taskId").asString()).isEqualTo(secondTask);
		assertThat(job.get("extraction").get("status").asString()).isEqualTo("QUEUED");
		assertThat(job.get("extraction").has("error")).isFalse();
	}

	@Test
	void extractSkillsWithoutADescriptionFetchesThePostingAgain() {
		String url = posting("no-description-yet");
		String jobId = results(client.addUrls(tenant, openJobImport(), List.of(url))).get(0).get("recordId").asString();

		String task = client.post(tenant, "/api/jobs/{id}/extract-skills", jobId).getBody().get("taskId").asString();

		ExtractionRequested request = (ExtractionRequested) events
			.await(ExtractionRequested.class, event -> event.taskId().toString().equals(task))
			.value();
		assertThat(request.postingUrl()).isEqualTo(url);
		assertThat(request.contentKey()).isNull();
	}

	@Test
	void uploadedJobsArePagedAndFilteredByTextAndExtractionStatus() {
		List<JsonNode> imported = results(client.addUrls(tenant, openJobImport(),
				List.of(posting("alpha"), posting("beta"), posting("gamma"))));
		String alpha = imported.get(0).get("recordId").asString();
		send(new ExtractionFailed(UUID.randomUUID(), tenant, Instant.now(),
				UUID.fromString(imported.get(0).get("taskId").asString()), UUID.fromString(alpha),
				TaskKind.JOB_DESCRIPTION, FailureCode.FETCH_FAILED, FailureCode.FETCH_FAILED.message(),
				FailureCode.FETCH_FAILED.hint(), 1));
		awaitJob(alpha, job -> job.get("extraction").get("status").asString().equals("FAILED"));
		String beta = imported.get(1).get("recordId").asString();
		client.patch(tenant, "/api/jobs/{id}", Map.of("title", "Staff Engineer", "company", "Globex"), beta);

		JsonNode firstPage = client.get(tenant, "/api/jobs?size=2&page=0").getBody();
		JsonNode secondPage = client.get(tenant, "/api/jobs?size=2&page=1").getBody();
		JsonNode failed = client.get(tenant, "/api/jobs?status=FAILED").getBody();
		JsonNode queued = client.get(tenant, "/api/jobs?status=QUEUED").getBody();
		JsonNode byCompany = client.get(tenant, "/api/jobs?q=globex").getBody();
		JsonNode byUrl = client.get(tenant, "/api/jobs?q=gamma").getBody();

		assertThat(firstPage.get("total").asLong()).isEqualTo(3);
		assertThat(firstPage.get("items")).hasSize(2);
		assertThat(secondPage.get("items")).hasSize(1);
		assertThat(ids(failed)).containsExactly(alpha);
		assertThat(failed.get("items").get(0).get("extractionStatus").asString()).isEqualTo("FAILED");
		assertThat(queued.get("total").asLong()).isEqualTo(2);
		assertThat(ids(byCompany)).containsExactly(beta);
		assertThat(byCompany.get("items").get(0).get("title").asString()).isEqualTo("Staff Engineer");
		assertThat(ids(byUrl)).containsExactly(imported.get(2).get("recordId").asString());
		assertThat(client.get(tenant, "/api/jobs?size=501").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(client.get(tenant, "/api/jobs?status=LOST").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void anotherTenantsJobAnswersNotFoundLikeAnUnknownOne() {
		String importId = openJobImport();
		String jobId = results(client.upload(tenant, importId, List.of(new NamedFile("private.pdf", jd("Secret", "Go")))))
			.get(0)
			.get("recordId")
			.asString();
		String other = newTenantId();

		assertThat(client.get(other, "/api/jobs/{id}", jobId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(client.get(other, "/api/jobs/{id}", UUID.randomUUID()).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(client.patch(other, "/api/jobs/{id}", Map.of("title", "Taken over"), jobId).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(client.post(other, "/api/jobs/{id}/extract-skills", jobId).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(client.bytes(other, "/api/jobs/{id}/document/content", jobId).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(client.addUrls(other, importId, List.of(posting("sneaky"))).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(client.get(other, "/api/jobs").getBody().get("total").asLong()).isZero();
		assertThat(client.get(tenant, "/api/jobs/{id}", jobId).getBody().has("title")).isFalse();
	}

	private String openJobImport() {
		return client.openImport(tenant, "JOBS", "Job posting URLs").getBody().get("id").asString();
	}

	private JsonNode awaitJob(String jobId, Predicate<JsonNode> condition) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> client.get(tenant, "/api/jobs/{id}", jobId).getBody(), condition::test);
	}

	private void send(CareersEvent event) {
		try {
			worker.send(new ProducerRecord<>(Topics.EXTRACTION_EVENTS, event.key(), event)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private ExtractionCompleted completed(UUID taskId, String jobId, JobPostingDetails posting, List<String> skills) {
		List<SkillMatch> matches = skills.stream()
			.map(skill -> new SkillMatch("skill:" + skill, skill, "hard", "tool", "We use " + skill, 0, skill.length(),
					null, 0.9))
			.toList();
		return new ExtractionCompleted(UUID.randomUUID(), tenant, Instant.now(), taskId, UUID.fromString(jobId),
				TaskKind.JOB_DESCRIPTION, 1, 1,
				new ExtractionResult("test-1", matches, null, posting, 0, posting.description().length(), false, null, 40));
	}

	private static JobPostingDetails posting(String title, String company, String description) {
		return new JobPostingDetails(title, company, List.of("Berlin", "Remote"), "FULL_TIME", true,
				"EUR 80,000-95,000", "2026-11-01", "2026-12-31", description, "https://careers.acme.example/sre",
				"json-ld");
	}

	private static String posting(String slug) {
		return "https://jobs.example.com/postings/" + slug + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static byte[] jd(String title, String skills) {
		return TestPdfs.textPdf(List.of(title, "Acme GmbH, Berlin", "Requirements: " + skills));
	}

	private double importedJobs(String outcome) {
		var counter = meters.find("careers.records.imported").tags("type", "JOBS", "outcome", outcome).counter();
		return counter == null ? 0 : counter.count();
	}

	private static List<JsonNode> results(ResponseEntity<JsonNode> response) {
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		List<JsonNode> results = new ArrayList<>();
		response.getBody().get("results").forEach(results::add);
		return results;
	}

	private static List<String> skillNames(JsonNode job) {
		List<String> names = new ArrayList<>();
		job.get("skills").forEach(skill -> names.add(skill.get("name").asString()));
		return names;
	}

	private static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.get("items").forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}

	private static List<Integer> counts(JsonNode summary) {
		return List.of(summary.get("created").asInt(), summary.get("updated").asInt(), summary.get("skipped").asInt(),
				summary.get("errors").asInt());
	}

	private static void assertError(JsonNode result, FailureCode code) {
		assertThat(result.get("error").get("code").asString()).isEqualTo(code.name());
		assertThat(result.get("error").get("message").asString()).isEqualTo(code.message());
		assertThat(result.get("error").get("hint").asString()).isEqualTo(code.hint());
		assertThat(result.has("recordId")).isFalse();
	}

}

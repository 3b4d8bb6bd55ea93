package dev.careers.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.careers.testsupport.JobBoard;
import dev.careers.testsupport.TestPdfs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two tenants on the real local stack (issue 10, item 7). Tenant alpha imports a resume, a JD PDF
 * and a posting URL; tenant beta then probes every public endpoint with alpha's ids and must learn
 * nothing: not the data, not a change, not even that the ids exist (by status, text or timing).
 */
class TenantIsolationIT {

	private static final byte[] RESUME = TestPdfs.resume("Grace Hopper", "grace@example.com",
			List.of("Java", "SQL", "Kubernetes"));

	private static final byte[] JOB_DESCRIPTION = TestPdfs.textPdf(List.of("Data Engineer", "Example Corp, Berlin",
			"", "Requirements", "Python, SQL and Apache Kafka; experience with PostgreSQL."));

	// the worker may fetch the loopback job board; beta's many probes meet 404s, not the request rate limit
	@RegisterExtension
	static final LocalStack stack = SharedSystem.stack();

	private static JobBoard jobBoard;

	private static Gateway anonymous;

	private static Gateway alpha;

	private static Gateway beta;

	private static AlphaData alphaData;

	private static Gateway.Response betaUploadOfTheSameResume;

	/** What tenant alpha holds, which tenant beta must not reach. */
	private record AlphaData(String applicantImportId, String jobImportId, String applicantId, String jobFromPdfId,
			String jobFromUrlId, String documentId, List<String> taskIds, String postingUrl) {

		List<String> allIds() {
			List<String> ids = new ArrayList<>(List.of(applicantImportId, jobImportId, applicantId, jobFromPdfId,
					jobFromUrlId, documentId));
			ids.addAll(taskIds);
			return ids;
		}

	}

	@BeforeAll
	static void letAlphaAndBetaImport() {
		jobBoard = JobBoard.start();
		anonymous = stack.gateway();
		alpha = anonymous.withApiKey(SharedSystem.ALPHA_KEY);
		beta = anonymous.withApiKey(SharedSystem.BETA_KEY);
		alphaData = importAsAlpha();
		String betaImport = openImport(beta, "APPLICANTS", "beta resumes");
		betaUploadOfTheSameResume = beta.upload("/api/imports/" + betaImport + "/files", "grace-hopper.pdf", RESUME);
		beta.post("/api/imports/" + betaImport + "/complete");
	}

	@AfterAll
	static void stopEverything() {
		if (jobBoard != null) {
			jobBoard.close();
		}
	}

	static Stream<Arguments> lookupsById() {
		AlphaData a = alphaData;
		return Stream.of(
				probe("GET /api/imports/{id}", a.applicantImportId(), (tenant, path) -> tenant.get(path), true),
				probe("POST /api/imports/{id}/files", a.jobImportId(),
						(tenant, path) -> tenant.upload(path + "/files", "forged.pdf", JOB_DESCRIPTION), false),
				probe("POST /api/imports/{id}/urls", a.jobImportId(),
						(tenant, path) -> tenant.postJson(path + "/urls", "{\"urls\":[\"" + a.postingUrl() + "\"]}"), false),
				probe("POST /api/imports/{id}/complete", a.jobImportId(),
						(tenant, path) -> tenant.post(path + "/complete"), false),
				probe("GET /api/applicants/{id}", a.applicantId(), (tenant, path) -> tenant.get(path), true),
				probe("GET /api/applicants/{id}/resumes/1/content", a.applicantId(),
						(tenant, path) -> tenant.get(path + "/resumes/1/content"), true),
				probe("POST /api/applicants/{id}/resumes", a.applicantId(),
						(tenant, path) -> tenant.upload(path + "/resumes", "file", Map.of("new-version.pdf", RESUME)),
						false),
				probe("GET /api/jobs/{id} (from a PDF)", a.jobFromPdfId(), (tenant, path) -> tenant.get(path), true),
				probe("GET /api/jobs/{id} (from a URL)", a.jobFromUrlId(), (tenant, path) -> tenant.get(path), true),
				probe("PATCH /api/jobs/{id}", a.jobFromPdfId(),
						(tenant, path) -> tenant.patchJson(path, "{\"title\":\"Forged by beta\"}"), false),
				probe("POST /api/jobs/{id}/extract-skills", a.jobFromUrlId(),
						(tenant, path) -> tenant.post(path + "/extract-skills"), false),
				probe("GET /api/jobs/{id}/document/content", a.jobFromPdfId(),
						(tenant, path) -> tenant.get(path + "/document/content"), true),
				probe("GET /api/history/tasks/{id}", a.taskIds().get(0), (tenant, path) -> tenant.get(path), true));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("lookupsById")
	void anotherTenantsIdAnswersExactlyAsAnUnknownId(String endpoint, String alphaId, Call call, boolean readOnly) {
		String template = endpoint.substring(endpoint.indexOf(' ') + 1).replaceFirst("/\\{id}.*", "/{id}");
		String unknownId = UUID.randomUUID().toString();

		Gateway.Response foreign = call.on(beta, template.replace("{id}", alphaId));
		Gateway.Response unknown = call.on(beta, template.replace("{id}", unknownId));

		assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
		assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
		assertThat(foreign.header("Content-Type")).isEqualTo(unknown.header("Content-Type"));
		assertThat(withoutRequestSpecifics(foreign, alphaId)).isEqualTo(withoutRequestSpecifics(unknown, unknownId));
		if (readOnly) {
			// the probe reaches a real resource: its owner reads it
			Gateway.Response own = call.on(alpha, template.replace("{id}", alphaId));
			assertThat(own.status()).as(own.toString()).isEqualTo(200);
		}
	}

	@Test
	void anotherTenantsWritesChangeNothing() {
		String job = "/api/jobs/" + alphaData.jobFromPdfId();
		String jobImport = "/api/imports/" + alphaData.jobImportId();
		Gateway.Response jobBefore = alpha.get(job);
		Gateway.Response importBefore = alpha.get(jobImport);
		int versionsBefore = alpha.get("/api/applicants/" + alphaData.applicantId()).<Integer>read("$.currentVersion");

		List<Gateway.Response> attempts = List.of(beta.patchJson(job, "{\"title\":\"Forged by beta\"}"),
				beta.post(job + "/extract-skills"),
				beta.upload(jobImport + "/files", "forged.pdf", JOB_DESCRIPTION),
				beta.postJson(jobImport + "/urls", "{\"urls\":[\"" + alphaData.postingUrl() + "\"]}"),
				beta.post(jobImport + "/complete"),
				beta.upload("/api/applicants/" + alphaData.applicantId() + "/resumes", "file",
						Map.of("forged.pdf", RESUME)));

		assertThat(attempts).allSatisfy(attempt -> assertThat(attempt.status()).as(attempt.toString()).isEqualTo(404));
		Gateway.Response jobAfter = alpha.get(job);
		assertThat(jobAfter.<String>read("$.title")).isEqualTo(jobBefore.<String>read("$.title"))
			.isNotEqualTo("Forged by beta");
		assertThat(jobAfter.<String>read("$.extraction.taskId")).isEqualTo(jobBefore.<String>read("$.extraction.taskId"));
		Gateway.Response importAfter = alpha.get(jobImport);
		for (String field : List.of("$.status", "$.created", "$.updated", "$.skipped", "$.errors")) {
			assertThat(importAfter.<Object>read(field)).as(field).isEqualTo(importBefore.read(field));
		}
		assertThat(importAfter.<String>read("$.status")).isEqualTo("IN_PROGRESS");
		assertThat(alpha.get("/api/applicants/" + alphaData.applicantId()).<Integer>read("$.currentVersion"))
			.isEqualTo(versionsBefore);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/applicants", "/api/applicants?q=Hopper", "/api/jobs", "/api/jobs?q=Engineer",
			"/api/history/imports", "/api/history/imports?type=JOBS", "/api/history/tasks",
			"/api/history/tasks?kind=JOB_DESCRIPTION", "/api/history/tasks?status=COMPLETED" })
	void listsOfAnotherTenantHoldNothingOfThisOne(String list) {
		Gateway.Response own = alpha.get(list + (list.contains("?") ? "&" : "?") + "size=500");
		Gateway.Response other = beta.get(list + (list.contains("?") ? "&" : "?") + "size=500");

		assertThat(other.status()).as(other.toString()).isEqualTo(200);
		assertThat(own.<Integer>read("$.total")).as("alpha sees its own: %s", own).isPositive();
		assertThat(alphaData.allIds()).allSatisfy(id -> assertThat(other.body()).doesNotContain(id));
	}

	@Test
	void theSameResumeInAnotherTenantIsANewApplicantWithItsOwnTaskNumbers() {
		// duplicates are found per tenant: SKIPPED or UPDATED here would tell beta that alpha holds this file
		assertThat(betaUploadOfTheSameResume.status()).as(betaUploadOfTheSameResume.toString()).isEqualTo(200);
		assertThat(betaUploadOfTheSameResume.<String>read("$.results[0].outcome")).isEqualTo("CREATED");
		String betaTask = betaUploadOfTheSameResume.read("$.results[0].taskId");

		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			Gateway.Response task = beta.get("/api/history/tasks/" + betaTask);
			assertThat(task.status()).as(task.toString()).isEqualTo(200);
			// alpha has three tasks; beta's numbering starts on its own
			assertThat(task.<Integer>read("$.number")).isEqualTo(1);
		});
		Gateway.Response betaCounts = beta.get("/api/history/tasks/counts");
		assertThat(betaCounts.<Integer>read("$.RESUME")).as(betaCounts.toString()).isEqualTo(1);
		assertThat(betaCounts.<Integer>read("$.JOB_DESCRIPTION")).as(betaCounts.toString()).isZero();
		Gateway.Response alphaCounts = alpha.get("/api/history/tasks/counts");
		assertThat(alphaCounts.<Integer>read("$.RESUME")).as(alphaCounts.toString()).isEqualTo(1);
		assertThat(alphaCounts.<Integer>read("$.JOB_DESCRIPTION")).as(alphaCounts.toString()).isEqualTo(2);
	}

	@Test
	void anotherTenantsIdsAreAnsweredAsFastAsUnknownOnes() {
		assertNoTimingGap("/api/applicants/", alphaData.applicantId());
		assertNoTimingGap("/api/history/tasks/", alphaData.taskIds().get(0));
	}

	@Test
	void aTenantHeaderFromTheClientIsDropped() {
		String alphaApplicant = "/api/applicants/" + alphaData.applicantId();
		for (String spelling : List.of("X-Tenant-Id", "x-tenant-id", "X-TENANT-ID")) {
			Gateway.Response forged = beta.withHeader(spelling, "alpha").get(alphaApplicant);
			assertThat(forged.status()).as(spelling + ": " + forged).isEqualTo(404);
			assertThat(anonymous.withHeader(spelling, "alpha").get(alphaApplicant).status()).isEqualTo(401);
		}
		String betaImport = beta.withHeader("X-Tenant-Id", "alpha")
			.postJson("/api/imports", "{\"type\":\"APPLICANTS\",\"label\":\"forged tenant\"}")
			.read("$.id");
		assertThat(beta.get("/api/imports/" + betaImport).status()).isEqualTo(200);
		assertThat(alpha.get("/api/imports/" + betaImport).status()).isEqualTo(404);
	}

	@Test
	void internalEndpointsAreNotRoutedByTheGateway() {
		String document = "/internal/documents/" + alphaData.documentId() + "/content";
		String description = "/internal/jobs/" + alphaData.jobFromPdfId() + "/description";
		// the paths that once served workers are gone from import-service too: workers read the document store
		Gateway importService = Gateway.at("http://localhost:" + stack.ports().importService());
		assertThat(importService.withHeader("X-Tenant-Id", "alpha").get(document).status()).isEqualTo(404);
		assertThat(importService.withHeader("X-Tenant-Id", "alpha").get(description).status()).isEqualTo(404);

		List<String> unrouted = List.of(document, description, "/api" + document, "/api" + description,
				"/api/jobs/../.." + description, "/api/jobs/..%2F..%2F.." + description,
				"/api/jobs/%2e%2e/%2e%2e" + description, "/api/jobs;x=1/../.." + description,
				"/actuator/env", "/actuator/heapdump", "/actuator/configprops", "/actuator/beans", "/actuator/loggers",
				"/actuator/threaddump", "/actuator/mappings", "/api/actuator/env", "/api/history/../../actuator/env");
		for (String path : unrouted) {
			Gateway.Response answer = alpha.get(path);
			assertThat(answer.status()).as(path + " -> " + answer).isIn(400, 404);
			assertThat(answer.body()).as(path).doesNotContain("%PDF").doesNotContain("Apache Kafka")
				.doesNotContain("activeProfiles").doesNotContain("propertySources");
		}
		// no route: the static resources answer, which take GET only
		assertThat(alpha.post("/internal/admin/replay").status()).isIn(404, 405);
		assertThat(alpha.post("/api/internal/admin/replay").status()).isIn(404, 405);
		assertThat(alpha.get("/actuator/health").status()).isEqualTo(200);
		assertThat(alpha.get("/actuator/prometheus").status()).isEqualTo(200);
	}

	@Test
	void theEventStreamCarriesOnlyTheCallersTenant() throws Exception {
		try (EventStream alphaStream = alpha.openStream("/api/history/stream");
				EventStream betaStream = beta.openStream("/api/history/stream")) {
			assertThat(alphaStream.status().get(2, TimeUnit.MINUTES)).isEqualTo(200);
			assertThat(betaStream.status().get(2, TimeUnit.MINUTES)).isEqualTo(200);

			String alphaImport = openImport(alpha, "JOBS", "alpha while beta watches");
			String betaImport = openImport(beta, "JOBS", "beta while alpha watches");

			await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
				assertThat(alphaStream.text()).contains(alphaImport);
				assertThat(betaStream.text()).contains(betaImport);
			});
			assertThat(alphaStream.text()).doesNotContain(betaImport);
			assertThat(betaStream.text()).doesNotContain(alphaImport);

			// an event id is a position in the change log shared by all tenants: resuming from one of
			// alpha's replays beta's own changes after it and nothing of alpha's
			String alphaEventId = alphaStream.eventIds().get(0);
			try (EventStream resumed = beta.withHeader("Last-Event-ID", alphaEventId).openStream("/api/history/stream")) {
				assertThat(resumed.status().get(2, TimeUnit.MINUTES)).isEqualTo(200);
				await().atMost(Duration.ofMinutes(1)).until(() -> resumed.text().contains(betaImport));
				assertThat(resumed.text()).doesNotContain(alphaImport);
			}
		}
	}

	/** Interleaved lookups of a foreign and an unknown id: the medians must not tell them apart. */
	private static void assertNoTimingGap(String pathPrefix, String foreignId) {
		String unknownId = UUID.randomUUID().toString();
		for (int i = 0; i < 5; i++) {
			// warm-up: connections, JIT, caches
			beta.get(pathPrefix + foreignId);
			beta.get(pathPrefix + unknownId);
		}
		List<Long> foreignNanos = new ArrayList<>();
		List<Long> unknownNanos = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			foreignNanos.add(timed(pathPrefix + foreignId));
			unknownNanos.add(timed(pathPrefix + unknownId));
		}
		double foreignMs = median(foreignNanos) / 1e6;
		double unknownMs = median(unknownNanos) / 1e6;
		System.out.printf("RELIABILITY TenantIsolationIT lookup=%s foreignMedianMs=%.2f unknownMedianMs=%.2f%n",
				pathPrefix, foreignMs, unknownMs);
		// generous for a noisy shared box; a lookup that loads the foreign row first would show as a wide gap
		assertThat(foreignMs).as("foreign vs unknown on %s", pathPrefix).isLessThan(3 * unknownMs + 20);
		assertThat(unknownMs).as("unknown vs foreign on %s", pathPrefix).isLessThan(3 * foreignMs + 20);
	}

	private static long timed(String path) {
		long start = System.nanoTime();
		Gateway.Response response = beta.get(path);
		long elapsed = System.nanoTime() - start;
		assertThat(response.status()).isEqualTo(404);
		return elapsed;
	}

	private static double median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
	}

	/** The body without what names the request itself: the path ({@code instance}) and the id asked for. */
	private static String withoutRequestSpecifics(Gateway.Response response, String id) {
		return response.body().replaceAll("\"instance\":\"[^\"]*\",?", "").replace(id, "{id}");
	}

	private static AlphaData importAsAlpha() {
		String postingUrl = jobBoard.postingUrl();
		String applicantImport = openImport(alpha, "APPLICANTS", "alpha resumes");
		Gateway.Response resume = accepted(
				alpha.upload("/api/imports/" + applicantImport + "/files", "grace-hopper.pdf", RESUME));
		alpha.post("/api/imports/" + applicantImport + "/complete");
		// the job import stays open: a file, URL or completion slipped in by beta would show in it
		String jobImport = openImport(alpha, "JOBS", "alpha jobs");
		Gateway.Response pdf = accepted(
				alpha.upload("/api/imports/" + jobImport + "/files", "data-engineer.pdf", JOB_DESCRIPTION));
		Gateway.Response url = accepted(
				alpha.postJson("/api/imports/" + jobImport + "/urls", "{\"urls\":[\"" + postingUrl + "\"]}"));
		List<String> taskIds = List.of(resume.read("$.results[0].taskId"), pdf.read("$.results[0].taskId"),
				url.read("$.results[0].taskId"));
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			for (String taskId : taskIds) {
				Gateway.Response task = alpha.get("/api/history/tasks/" + taskId);
				assertThat(task.status()).as(task.toString()).isEqualTo(200);
				assertThat(task.<String>read("$.status")).as(task.toString()).isEqualTo("COMPLETED");
			}
		});
		String jobFromPdf = pdf.read("$.results[0].recordId");
		String documentId = alpha.get("/api/jobs/" + jobFromPdf).read("$.document.documentId");
		return new AlphaData(applicantImport, jobImport, resume.read("$.results[0].recordId"), jobFromPdf,
				url.read("$.results[0].recordId"), documentId, taskIds, postingUrl);
	}

	private static Gateway.Response accepted(Gateway.Response upload) {
		assertThat(upload.status()).as(upload.toString()).isEqualTo(200);
		assertThat(upload.<String>read("$.results[0].outcome")).as(upload.toString()).isEqualTo("CREATED");
		return upload;
	}

	private static String openImport(Gateway tenant, String type, String label) {
		Gateway.Response opened = tenant.postJson("/api/imports",
				"{\"type\":\"" + type + "\",\"label\":\"" + label + "\"}");
		assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
		return opened.read("$.id");
	}

	private static Arguments probe(String endpoint, String alphaId, Call call, boolean readOnly) {
		return Arguments.of(endpoint, alphaId, call, readOnly);
	}

	/** One request of a probe, made as the given tenant on a path with the id filled in. */
	@FunctionalInterface
	interface Call {

		Gateway.Response on(Gateway tenant, String path);

	}

}

package dev.careers.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.careers.launcher.ProcessInfo;
import dev.careers.testsupport.TestPdfs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole system as a user meets it: the launcher starts a real Kafka broker, a real PostgreSQL
 * and every service as its own process from the built jars; the test talks to the gateway only.
 * That stopping it leaves no process behind is checked by LocalStack, for every stack it stops.
 */
class ResumeImportEndToEndIT {

	@RegisterExtension
	static final LocalStack stack = SharedSystem.stack();

	private static Gateway demo;

	private static Gateway other;

	private static Gateway anonymous;

	@BeforeAll
	static void makeTheTenantsClients() {
		anonymous = stack.gateway();
		demo = anonymous.withApiKey(SharedSystem.DEMO_KEY);
		other = anonymous.withApiKey(SharedSystem.OTHER_KEY);
	}

	@Test
	void everyPartRunsAsAProcessOfItsOwn() {
		List<ProcessInfo> processes = stack.system().processes();

		assertThat(processes).extracting(ProcessInfo::name)
			.contains("import-service", "history-service", "extraction-worker-1", "gateway", "kafka", "postgres");
		assertThat(processes).allMatch(ProcessInfo::isAlive);
		assertThat(processes).extracting(ProcessInfo::pid).doesNotHaveDuplicates();
	}

	@Test
	void importedResumeIsExtractedAndItsImportCompletesInHistory() {
		String importId = demo.postJson("/api/imports", "{\"type\":\"APPLICANTS\",\"label\":\"e2e resumes\"}")
			.read("$.id");
		byte[] resume = TestPdfs.resume("Ada Lovelace", "ada@example.com", List.of("Java", "SQL", "Python", "Kubernetes"));

		Gateway.Response upload = demo.upload("/api/imports/" + importId + "/files", "ada-lovelace.pdf", resume);
		assertThat(upload.status()).as(upload.toString()).isEqualTo(200);
		assertThat(upload.<String>read("$.results[0].outcome")).isEqualTo("CREATED");
		String recordId = upload.read("$.results[0].recordId");
		String taskId = upload.read("$.results[0].taskId");
		Gateway.Response completed = demo.post("/api/imports/" + importId + "/complete");
		assertThat(completed.status()).as(completed.toString()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			Gateway.Response tasks = demo.get("/api/history/tasks?kind=RESUME");
			assertThat(tasks.<List<String>>read("$.items[?(@.id == '" + taskId + "')].status")).as(tasks.toString())
				.containsExactly("COMPLETED");
		});
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Gateway.Response applicant = demo.get("/api/applicants/" + recordId);
			assertThat(applicant.<List<Object>>read("$.skills")).as(applicant.toString()).isNotEmpty();
		});
		// the worker read it from the document store; the download streams it from there too
		Gateway.Response download = demo.get("/api/applicants/" + recordId + "/resumes/1/content");
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.headers().firstValueAsLong("Content-Length")).hasValue(resume.length);
		assertThat(download.body()).startsWith("%PDF-");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Gateway.Response imports = demo.get("/api/history/imports?type=APPLICANTS");
			List<Map<String, Object>> row = imports.read("$.items[?(@.id == '" + importId + "')]");
			assertThat(row).as(imports.toString()).singleElement().satisfies(entry -> {
				assertThat(entry).containsEntry("status", "COMPLETED").containsEntry("created", 1);
			});
		});
	}

	@Test
	void apiWithoutAValidKeyIsUnauthorized() {
		assertThat(anonymous.get("/api/history/imports").status()).isEqualTo(401);
		assertThat(anonymous.postJson("/api/imports", "{\"type\":\"APPLICANTS\",\"label\":\"no key\"}").status())
			.isEqualTo(401);
		assertThat(anonymous.withApiKey("not-a-key").get("/api/history/tasks").status()).isEqualTo(401);
	}

	@Test
	void tenantHeaderSentByTheClientIsIgnored() {
		String importId = demo.withHeader("X-Tenant-Id", "other")
			.postJson("/api/imports", "{\"type\":\"APPLICANTS\",\"label\":\"forged tenant\"}")
			.read("$.id");

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(idsOfImports(demo)).contains(importId));
		assertThat(idsOfImports(other)).doesNotContain(importId);
		assertThat(idsOfImports(other.withHeader("X-Tenant-Id", "demo"))).doesNotContain(importId);
	}

	private static List<String> idsOfImports(Gateway tenant) {
		Gateway.Response imports = tenant.get("/api/history/imports?size=500");
		assertThat(imports.status()).as(imports.toString()).isEqualTo(200);
		return imports.read("$.items[*].id");
	}

}

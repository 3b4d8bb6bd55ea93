package dev.careers.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every fault test requires of an import once its faults have passed, read through the
 * gateway as a user would: every file the client sent is in the import's counts exactly once; each
 * has one task, COMPLETED with one item (a result counted twice, or a task left RUNNING or QUEUED,
 * shows here); and each applicant holds its skills once.
 */
final class ImportAccounting {

	private final Gateway client;

	private final Duration atMost;

	ImportAccounting(Gateway client, Duration atMost) {
		this.client = client;
		this.atMost = atMost;
	}

	/** Asserts all of it for {@code filesSent} distinct files; answers the import's tasks. */
	List<Map<String, Object>> assertEveryFileAccountedFor(ImportLedger ledger, int filesSent) {
		assertThat(ledger.acknowledgedFiles()).as("files the client got acknowledged").isEqualTo(filesSent);
		List<Map<String, Object>> tasks = awaitTasksCompletedOnce(ledger, filesSent);
		awaitImportCounts(ledger, filesSent);
		assertSkillsHeldOnce(ledger);
		return tasks;
	}

	private List<Map<String, Object>> awaitTasksCompletedOnce(ImportLedger ledger, int filesSent) {
		List<Map<String, Object>> tasks = await("every task of import " + ledger.importId() + " COMPLETED")
			.atMost(atMost)
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> tasksOf(ledger.importId()), found -> found.size() >= filesSent
					&& found.stream().allMatch(task -> "COMPLETED".equals(task.get("status"))));
		// one task per created applicant: a file whose first attempt committed unseen is SKIPPED on retry, with no task
		assertThat(tasks).as("tasks of the import").hasSize(filesSent).allSatisfy(task -> assertThat(task)
			.as("task completed once")
			.containsEntry("itemsTotal", 1)
			.containsEntry("itemsCompleted", 1)
			.containsEntry("itemsSucceeded", 1));
		assertThat(ids(tasks, "id")).containsAll(ledger.taskIds());
		assertThat(ids(tasks, "recordId")).hasSize(filesSent).containsAll(ledger.recordIds());
		return tasks;
	}

	private void awaitImportCounts(ImportLedger ledger, int filesSent) {
		await("import " + ledger.importId() + " COMPLETED in history").atMost(atMost)
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> {
				Gateway.Response imports = client.get("/api/history/imports?type=APPLICANTS&size=500");
				List<Map<String, Object>> row = imports.read("$.items[?(@.id == '" + ledger.importId() + "')]");
				assertThat(row).as(imports.toString()).singleElement().satisfies(entry -> assertThat(entry)
					.containsEntry("status", "COMPLETED")
					.containsEntry("created", filesSent)
					.containsEntry("updated", 0)
					.containsEntry("skipped", (int) ledger.countOf("SKIPPED"))
					.containsEntry("errors", 0));
			});
	}

	/** Every applicant came from the same kind of text, so each holds the same skills, each once. */
	private void assertSkillsHeldOnce(ImportLedger ledger) {
		for (String applicantId : ledger.recordIds()) {
			await("skills of applicant " + applicantId).atMost(atMost).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
				Gateway.Response applicant = client.get("/api/applicants/" + applicantId);
				assertThat(applicant.status()).as(applicant.toString()).isEqualTo(200);
				assertThat(applicant.<String>read("$.extraction.status")).isEqualTo("COMPLETED");
				List<String> skillIds = applicant.read("$.skills[*].skillId");
				assertThat(skillIds).as("skills of %s", applicantId).isNotEmpty().doesNotHaveDuplicates();
			});
		}
		Set<Set<String>> skillSets = ledger.recordIds()
			.stream()
			.map(applicantId -> Set.copyOf(client.get("/api/applicants/" + applicantId).<List<String>>read("$.skills[*].skillId")))
			.collect(Collectors.toSet());
		assertThat(skillSets).as("one skill set for the same text").hasSize(1);
	}

	/** The import's tasks, or none while history-service cannot answer (it is recovering from the fault). */
	List<Map<String, Object>> tasksOf(String importId) {
		Gateway.Response tasks = client.get("/api/history/tasks?kind=RESUME&size=500");
		return tasks.status() == 200 ? tasks.read("$.items[?(@.importId == '" + importId + "')]") : List.of();
	}

	private static Set<String> ids(List<Map<String, Object>> rows, String field) {
		return rows.stream().map(row -> (String) row.get(field)).collect(Collectors.toSet());
	}

}

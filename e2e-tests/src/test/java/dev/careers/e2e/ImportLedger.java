package dev.careers.e2e;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * The client's own account of one APPLICANTS import: each file it sent, the result the service
 * acknowledged for it (a 2xx answer), and every refused attempt (a 5xx or no answer at all) it
 * retried. Once the faults have passed, what the system shows is checked against this account.
 */
final class ImportLedger {

	private static final Duration RETRY_PAUSE = Duration.ofSeconds(2);

	private final Gateway client;

	private final String importId;

	private final Map<String, Map<String, Object>> acknowledged = new ConcurrentHashMap<>();

	private final List<String> refusals = new CopyOnWriteArrayList<>();

	private ImportLedger(Gateway client, String importId) {
		this.client = client;
		this.importId = importId;
	}

	static ImportLedger open(Gateway client, String label) {
		Gateway.Response created = client.postJson("/api/imports",
				"{\"type\":\"APPLICANTS\",\"label\":\"" + label + "\"}");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return new ImportLedger(client, created.read("$.id"));
	}

	String importId() {
		return importId;
	}

	/** Uploads {@code batch} once; the service must acknowledge it. */
	void upload(Map<String, byte[]> batch) {
		Gateway.Response answer = client.upload(filesPath(), "files", batch);
		assertThat(answer.status()).as("upload acknowledged: %s", answer).isEqualTo(200);
		record(answer, batch);
	}

	/** Uploads {@code batch} until it is acknowledged, as a client does when the service says it cannot now. */
	void uploadRetrying(Map<String, byte[]> batch, Duration atMost) {
		await("upload of " + batch.keySet() + " acknowledged").atMost(atMost)
			.pollDelay(Duration.ZERO)
			.pollInterval(RETRY_PAUSE)
			.until(() -> attempt(() -> client.upload(filesPath(), "files", batch), answer -> record(answer, batch)));
	}

	/** Closes the import (retrying as uploads do): no more files, it completes once every record is in. */
	void completeRetrying(Duration atMost) {
		await("import " + importId + " closed").atMost(atMost)
			.pollDelay(Duration.ZERO)
			.pollInterval(RETRY_PAUSE)
			.until(() -> attempt(() -> client.post("/api/imports/" + importId + "/complete"), answer -> {
			}));
	}

	int acknowledgedFiles() {
		return acknowledged.size();
	}

	/** Attempts the service refused or left unanswered, each as its status or the client's error. */
	List<String> refusals() {
		return List.copyOf(refusals);
	}

	Set<String> recordIds() {
		return values("recordId");
	}

	Set<String> taskIds() {
		return values("taskId");
	}

	/** The files the service acknowledged with {@code outcome}, by name. */
	Set<String> filesWith(String outcome) {
		return acknowledged.entrySet()
			.stream()
			.filter(entry -> outcome.equals(entry.getValue().get("outcome")))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	/** The record each acknowledged file became or, SKIPPED, already was, by file name. */
	Map<String, String> recordIdByFile() {
		return acknowledged.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> (String) entry.getValue().get("recordId")));
	}

	long countOf(String outcome) {
		return filesWith(outcome).size();
	}

	private String filesPath() {
		return "/api/imports/" + importId + "/files";
	}

	private boolean attempt(Supplier<Gateway.Response> request,
			Consumer<Gateway.Response> onSuccess) {
		Gateway.Response answer;
		try {
			answer = request.get();
		}
		catch (UncheckedIOException ex) {
			refusals.add(ex.getCause().getClass().getSimpleName());
			return false;
		}
		if (answer.status() >= 500) {
			refusals.add(String.valueOf(answer.status()));
			return false;
		}
		if (answer.status() != 200) {
			fail("neither acknowledged nor a server failure to retry: %s", answer);
		}
		onSuccess.accept(answer);
		return true;
	}

	private void record(Gateway.Response answer, Map<String, byte[]> batch) {
		List<Map<String, Object>> results = answer.read("$.results");
		assertThat(results).as(answer.toString()).hasSize(batch.size());
		for (Map<String, Object> result : results) {
			assertThat(result.get("outcome")).as("outcome of %s", result).isIn("CREATED", "SKIPPED");
			acknowledged.put((String) result.get("file"), result);
		}
	}

	private Set<String> values(String field) {
		return acknowledged.values()
			.stream()
			.map(result -> (String) result.get(field))
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
	}

}

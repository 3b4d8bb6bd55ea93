package dev.careers.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.careers.testsupport.TestPdfs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10, item 9: twenty uploaders at once against the local stack for a bounded time
 * ({@code -Dcareers.load.seconds}, 120 by default), each into its own import, in small batches of
 * generated resumes with duplicates, new versions and non-PDF files among them. No answer may be
 * a 5xx (a 429 is allowed and honoured), every acknowledged file must be accounted for in the
 * upload answers, the import summary and Import History, and every task they started must end.
 */
class ConcurrentUploadersLoadIT {

	/** The shared stack lets a tenant upload this many requests at once (4 by default). */
	static final int UPLOADERS = 20;

	private static final Duration LOAD = Duration.ofSeconds(Long.getLong("careers.load.seconds", 120));

	/**
	 * Each uploader's pause between batches: the offered rate (about 13 files/s in all) stays near
	 * what one worker extracts on two cores, so the backlog left at the end drains in a minute.
	 */
	private static final Duration BATCH_INTERVAL = Duration.ofSeconds(6);

	private static final byte[] NOT_A_PDF = "Plain text that calls itself a PDF.".getBytes(StandardCharsets.UTF_8);

	// one tenant runs all twenty: its upload limits (4 at once, 3,000 files a minute) are raised
	@RegisterExtension
	static final LocalStack stack = SharedSystem.stack();

	private static Gateway gateway;

	@BeforeAll
	static void makeTheClient() {
		gateway = stack.gateway().withApiKey(SharedSystem.LOAD_KEY);
	}

	@Test
	void twentyConcurrentUploadersGetNo5xxAndEveryAcknowledgedFileIsAccountedFor() throws Exception {
		List<Uploader> uploaders = new ArrayList<>();
		for (int i = 0; i < UPLOADERS; i++) {
			uploaders.add(new Uploader(i, openImport(i)));
		}
		ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(UPLOADERS);
		// retries after a 429 run here, so that a throttled uploader never waits for a busy thread
		ExecutorService retries = Executors.newCachedThreadPool();
		long startedAt = System.nanoTime();
		long deadline = startedAt + LOAD.toNanos();
		CountDownLatch finished = new CountDownLatch(UPLOADERS);
		try {
			for (Uploader uploader : uploaders) {
				// staggered, so that the batches do not all arrive in the same instant
				long offset = BATCH_INTERVAL.toMillis() * uploader.index / UPLOADERS;
				uploader.schedule(scheduler, retries, offset, deadline, finished);
			}
			assertThat(finished.await(LOAD.plusMinutes(3).toSeconds(), TimeUnit.SECONDS)).as("uploaders finished").isTrue();
		}
		finally {
			scheduler.shutdownNow();
			retries.shutdownNow();
		}
		double uploadSeconds = (System.nanoTime() - startedAt) / 1e9;

		List<String> problems = uploaders.stream().flatMap(uploader -> uploader.problems.stream()).toList();
		assertThat(problems).as("5xx, unexpected answers or outcomes").isEmpty();
		for (Uploader uploader : uploaders) {
			assertThat(uploader.outcomeTotal()).as("import %s", uploader.importId).isEqualTo(uploader.acknowledged);
			assertSummaryMatches(gateway.get("/api/imports/" + uploader.importId), uploader);
		}
		awaitHistoryRowsMatch(uploaders);
		Set<String> taskIds = uploaders.stream().flatMap(uploader -> uploader.taskIds.stream()).collect(Collectors.toSet());
		Map<String, String> statusByTask = awaitEveryTaskTerminal(taskIds);
		double totalSeconds = (System.nanoTime() - startedAt) / 1e9;

		int files = uploaders.stream().mapToInt(uploader -> uploader.acknowledged).sum();
		Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
		uploaders.forEach(uploader -> uploader.outcomes.forEach((outcome, count) -> outcomes.merge(outcome, count, Integer::sum)));
		Map<String, Long> taskStatuses = statusByTask.values().stream()
			.collect(Collectors.groupingBy(status -> status, Collectors.counting()));
		List<Long> latencies = uploaders.stream().flatMap(uploader -> uploader.latencyMillis.stream()).sorted().toList();
		System.out.printf(
				"RELIABILITY ConcurrentUploadersLoadIT uploaders=%d files=%d requests=%d throttled429=%d 5xx=0 outcomes=%s "
						+ "tasks=%d taskStatuses=%s uploadSeconds=%.0f seconds=%.0f uploadP50Ms=%d uploadP95Ms=%d%n",
				UPLOADERS, files, latencies.size(), uploaders.stream().mapToInt(uploader -> uploader.throttled.get()).sum(),
				outcomes, taskIds.size(), taskStatuses, uploadSeconds, totalSeconds, percentile(latencies, 50),
				percentile(latencies, 95));
		assertThat(outcomes.keySet()).as("every kind of outcome was exercised").containsExactlyInAnyOrder(Outcome.values());
	}

	private static void assertSummaryMatches(Gateway.Response summary, Uploader uploader) {
		assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
		for (Outcome outcome : Outcome.values()) {
			assertThat(summary.<Integer>read("$." + outcome.summaryField)).as("%s of %s", outcome, summary)
				.isEqualTo(uploader.count(outcome));
		}
	}

	private static void awaitHistoryRowsMatch(List<Uploader> uploaders) {
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
			Gateway.Response imports = gateway.get("/api/history/imports?type=APPLICANTS&size=500");
			assertThat(imports.status()).as(imports.toString()).isEqualTo(200);
			for (Uploader uploader : uploaders) {
				List<Map<String, Object>> rows = imports.read("$.items[?(@.id == '" + uploader.importId + "')]");
				assertThat(rows).as("history row of %s", uploader.importId).singleElement().satisfies(row -> {
					assertThat(row).containsEntry("status", "COMPLETED");
					for (Outcome outcome : Outcome.values()) {
						assertThat(row).containsEntry(outcome.summaryField, uploader.count(outcome));
					}
				});
			}
		});
	}

	/** Waits until every task is COMPLETED or FAILED in Background Tasks; answers each task's status. */
	private static Map<String, String> awaitEveryTaskTerminal(Set<String> taskIds) {
		return await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(5))
			.until(ConcurrentUploadersLoadIT::resumeTaskStatuses, statuses -> {
				Map<String, String> ours = new HashMap<>(statuses);
				ours.keySet().retainAll(taskIds);
				return ours.size() == taskIds.size()
						&& ours.values().stream().allMatch(status -> status.equals("COMPLETED") || status.equals("FAILED"));
			});
	}

	private static Map<String, String> resumeTaskStatuses() {
		Map<String, String> statuses = new HashMap<>();
		for (int page = 0;; page++) {
			Gateway.Response tasks = gateway.get("/api/history/tasks?kind=RESUME&size=500&page=" + page);
			assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
			List<String> ids = tasks.read("$.items[*].id");
			List<String> states = tasks.read("$.items[*].status");
			for (int i = 0; i < ids.size(); i++) {
				statuses.put(ids.get(i), states.get(i));
			}
			if (ids.isEmpty() || statuses.size() >= tasks.<Integer>read("$.total")) {
				return statuses;
			}
		}
	}

	private static String openImport(int uploader) {
		Gateway.Response opened = gateway.postJson("/api/imports",
				"{\"type\":\"APPLICANTS\",\"label\":\"uploader " + uploader + "\"}");
		assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
		return opened.read("$.id");
	}

	private static long percentile(List<Long> sorted, int percent) {
		return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
	}

	enum Outcome {

		CREATED("created"), UPDATED("updated"), SKIPPED("skipped"), ERROR("errors");

		final String summaryField;

		Outcome(String summaryField) {
			this.summaryField = summaryField;
		}

	}

	/**
	 * One client uploading into its own import: every batch holds new resumes, and now and then an
	 * exact copy of an earlier file under a new name (SKIPPED), an earlier file name with new
	 * content (UPDATED) or text named .pdf (ERROR). It knows which outcome each file must get.
	 */
	private static final class Uploader {

		private final int index;

		private final String importId;

		private final Map<String, byte[]> createdByName = new LinkedHashMap<>();

		private final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);

		private final List<String> taskIds = new ArrayList<>();

		private final Collection<String> problems = new ConcurrentLinkedQueue<>();

		private final List<Long> latencyMillis = new ArrayList<>();

		private final AtomicInteger throttled = new AtomicInteger();

		private Executor retries;

		private int acknowledged;

		private int batches;

		private int resumes;

		private Uploader(int index, String importId) {
			this.index = index;
			this.importId = importId;
		}

		/** Sends a batch every {@link #BATCH_INTERVAL} until the deadline, then completes the import. */
		void schedule(ScheduledExecutorService scheduler, Executor retries, long offsetMillis, long deadline,
				CountDownLatch finished) {
			this.retries = retries;
			CompletableFuture<ScheduledFuture<?>> self = new CompletableFuture<>();
			self.complete(scheduler.scheduleWithFixedDelay(() -> {
				try {
					if (System.nanoTime() < deadline) {
						sendBatch();
						return;
					}
					complete();
				}
				catch (RuntimeException | AssertionError ex) {
					problems.add("uploader " + index + ": " + ex);
				}
				self.join().cancel(false);
				finished.countDown();
			}, offsetMillis, BATCH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS));
		}

		private void sendBatch() {
			batches++;
			Map<String, byte[]> batch = new LinkedHashMap<>();
			Map<String, Outcome> expected = new HashMap<>();
			List<String> earlierNames = List.copyOf(createdByName.keySet());
			// copies are of files other than the first, whose name the new versions below reuse
			if (batches % 3 == 0 && earlierNames.size() > 1) {
				String original = earlierNames.get(1 + batches % (earlierNames.size() - 1));
				put(batch, expected, "u" + index + "-copy-" + batches + ".pdf", createdByName.get(original), Outcome.SKIPPED);
			}
			if (batches % 4 == 0 && !earlierNames.isEmpty()) {
				String original = earlierNames.get(0);
				put(batch, expected, original, newResume("version " + batches), Outcome.UPDATED);
			}
			if (batches % 5 == 0) {
				put(batch, expected, "u" + index + "-notes-" + batches + ".pdf", NOT_A_PDF, Outcome.ERROR);
			}
			for (int i = 0; i < 3; i++) {
				resumes++;
				put(batch, expected, "u" + index + "-resume-" + resumes + ".pdf", newResume("first"), Outcome.CREATED);
			}

			Gateway.Response answer = honouringRetryAfter(
					() -> gateway.upload("/api/imports/" + importId + "/files", "files", batch));

			if (answer.status() != 200) {
				problems.add("uploader " + index + " batch " + batches + ": " + answer);
				return;
			}
			List<Map<String, Object>> results = answer.read("$.results");
			acknowledged += results.size();
			if (results.size() != batch.size()) {
				problems.add("uploader " + index + ": sent " + batch.size() + " files, acknowledged " + results.size());
			}
			for (Map<String, Object> result : results) {
				String file = (String) result.get("file");
				Outcome outcome = Outcome.valueOf((String) result.get("outcome"));
				outcomes.merge(outcome, 1, Integer::sum);
				if (outcome != expected.get(file)) {
					problems.add("uploader " + index + ": " + file + " was " + outcome + ", expected " + expected.get(file));
				}
				if (outcome == Outcome.CREATED) {
					createdByName.put(file, batch.get(file));
				}
				if (outcome == Outcome.CREATED || outcome == Outcome.UPDATED) {
					taskIds.add((String) result.get("taskId"));
				}
			}
		}

		private void complete() {
			Gateway.Response completed = honouringRetryAfter(() -> gateway.post("/api/imports/" + importId + "/complete"));
			if (completed.status() != 200) {
				problems.add("uploader " + index + " completing: " + completed);
			}
		}

		/** Sends, and while the answer is 429 sends again after the Retry-After it names. */
		private Gateway.Response honouringRetryAfter(Supplier<Gateway.Response> request) {
			long start = System.nanoTime();
			Gateway.Response answer = request.get();
			while (answer.status() == 429) {
				throttled.incrementAndGet();
				long seconds = Long.parseLong(answer.header("Retry-After")
					.orElseThrow(() -> new AssertionError("429 without Retry-After")));
				answer = CompletableFuture.supplyAsync(request, CompletableFuture.delayedExecutor(seconds, TimeUnit.SECONDS, retries))
					.join();
			}
			latencyMillis.add((System.nanoTime() - start) / 1_000_000);
			if (answer.status() >= 500) {
				problems.add("uploader " + index + ": 5xx " + answer);
			}
			return answer;
		}

		private byte[] newResume(String edition) {
			return TestPdfs.resume("Uploader " + index + " Person " + resumes + " " + edition,
					"u" + index + ".p" + resumes + "@example.com", List.of("Java", "SQL", "Kafka"));
		}

		private static void put(Map<String, byte[]> batch, Map<String, Outcome> expected, String name, byte[] content,
				Outcome outcome) {
			batch.put(name, content);
			expected.put(name, outcome);
		}

		int count(Outcome outcome) {
			return outcomes.getOrDefault(outcome, 0);
		}

		int outcomeTotal() {
			return outcomes.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

}

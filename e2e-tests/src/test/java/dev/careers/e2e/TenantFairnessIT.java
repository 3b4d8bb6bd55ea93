package dev.careers.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.careers.launcher.ProcessInfo;
import dev.careers.testsupport.TestPdfs;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fair share between tenants (docs/adr/0022-extraction-partitions-concurrency-and-lanes.md): while tenant
 * A's burst of {@value #DEFAULT_BURST} generated resumes is queued, tenant B's five resumes complete within
 * 15 s, as they do on a quiet system; and A's burst still completes with every worker thread busy. On one
 * worker process, then on two. Prints B's completion time quiet and under the burst.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TenantFairnessIT {

	private static final int DEFAULT_BURST = 500;

	/** {@code -Dcareers.fairness.burst}: the size of tenant A's burst. */
	private static final int BURST = Integer.getInteger("careers.fairness.burst", DEFAULT_BURST);

	private static final int SMALL = 5;

	private static final Duration SMALL_WITHIN = Duration.ofSeconds(15);

	/** The worker's default CAREERS_WORKER_CONCURRENCY: consumer threads per lane. */
	private static final int THREADS_PER_WORKER = 2;

	private static final int FILES_PER_REQUEST = 25;

	private static final int UPLOADERS = 4;

	private static final String BURST_KEY = "burst-key";

	private static final String SMALL_KEY = "small-key";

	// 48 request partitions, the default; -Dcareers.fairness.share=100000 puts every file on the interactive lane,
	// as before the bulk lane, to measure what B waits then
	@RegisterExtension
	static final LocalStack stack = LocalStack.withTenants("burst=" + BURST_KEY + ",small=" + SMALL_KEY)
		.requestPartitions(48)
		.settings("-Dcareers.tasks.lanes.interactive-share=" + Integer.getInteger("careers.fairness.share", 20),
				"-Dcareers.uploads.concurrent-requests-per-tenant=" + UPLOADERS,
				"-Dcareers.uploads.files-per-minute=100000", "-Dcareers.gateway.rate-limit.burst=100000",
				"-Dcareers.gateway.rate-limit.per-second=10000");

	private final Gateway burstTenant = stack.gateway().withApiKey(BURST_KEY);

	private final Gateway smallTenant = stack.gateway().withApiKey(SMALL_KEY);

	@Test
	@Order(1)
	void aSmallImportCompletesWithinSecondsBehindAnotherTenantsBurstOnOneWorker() throws Exception {
		assertThat(stack.system().workers()).hasSize(1);

		fairness("1 worker");
	}

	@Test
	@Order(2)
	void aSmallImportCompletesWithinSecondsBehindAnotherTenantsBurstOnTwoWorkers() throws Exception {
		stack.system().startWorker();
		try {
			assertThat(stack.system().workers()).hasSize(2);

			fairness("2 workers");
		}
		finally {
			// the stack as this class found it
			stack.system().stopWorker(1);
		}
	}

	private void fairness(String workers) throws Exception {
		Duration quiet = smallImportCompletes();

		long completedBefore = completed(burstTenant);
		try (InFlight inFlight = InFlight.sample(stack.system().workers())) {
			long burstStarted = System.nanoTime();
			uploadBurst();
			Duration burstUploaded = since(burstStarted);
			long queued = BURST - (completed(burstTenant) - completedBefore);
			Duration underBurst = smallImportCompletes();
			long queuedAfter = BURST - (completed(burstTenant) - completedBefore);

			await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
				.until(() -> completed(burstTenant) - completedBefore == BURST);
			Duration burstDone = since(burstStarted);

			System.out.printf(Locale.ROOT,
					"Fairness, %s (%d threads per lane each): tenant B's %d resumes completed in %.1f s quiet, %.1f s "
							+ "under tenant A's burst of %d (%d of them still queued when B started, %d when B was done); "
							+ "A's burst uploaded in %.1f s, completed in %.1f s (%.1f resumes/s); most tasks in flight "
							+ "per worker during the burst: %s%n",
					workers, THREADS_PER_WORKER, SMALL, seconds(quiet), seconds(underBurst), BURST, queued, queuedAfter,
					seconds(burstUploaded), seconds(burstDone), BURST / seconds(burstDone), inFlight.most());
			assertThat(quiet).as("quiet").isLessThan(SMALL_WITHIN);
			assertThat(underBurst).as("under the burst").isLessThan(SMALL_WITHIN);
			assertThat(queuedAfter).as("B did not wait for the burst to drain").isPositive();
			// every thread of every worker took part in the burst
			assertThat(inFlight.most()).as("most tasks in flight per worker")
				.hasSize(stack.system().workers().size())
				.allSatisfy((worker, most) -> assertThat(most).isGreaterThanOrEqualTo(THREADS_PER_WORKER));
		}
	}

	/** Tenant B imports five resumes and waits until all five are COMPLETED; answers how long that took. */
	private Duration smallImportCompletes() {
		String importId = openImport(smallTenant, "small import");
		Map<String, byte[]> files = resumes("small", SMALL);
		long started = System.nanoTime();
		List<String> tasks = upload(smallTenant, importId, files);
		await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100))
			.until(() -> tasks.stream()
				.allMatch(task -> "COMPLETED".equals(smallTenant.get("/api/history/tasks/" + task).read("$.status"))));
		return since(started);
	}

	/** Tenant A's burst, uploaded by a few clients at once as the import page does. */
	private void uploadBurst() throws Exception {
		String importId = openImport(burstTenant, "burst of " + BURST);
		Map<String, byte[]> all = resumes("burst", BURST);
		List<Map<String, byte[]>> batches = new ArrayList<>();
		Map<String, byte[]> batch = new LinkedHashMap<>();
		for (Map.Entry<String, byte[]> file : all.entrySet()) {
			batch.put(file.getKey(), file.getValue());
			if (batch.size() == FILES_PER_REQUEST) {
				batches.add(batch);
				batch = new LinkedHashMap<>();
			}
		}
		if (!batch.isEmpty()) {
			batches.add(batch);
		}
		ExecutorService uploaders = Executors.newFixedThreadPool(UPLOADERS);
		try {
			List<Future<List<String>>> answers = new ArrayList<>();
			for (Map<String, byte[]> files : batches) {
				answers.add(uploaders.submit(() -> upload(burstTenant, importId, files)));
			}
			List<String> tasks = new ArrayList<>();
			for (Future<List<String>> answer : answers) {
				tasks.addAll(answer.get());
			}
			assertThat(tasks).hasSize(BURST);
		}
		finally {
			uploaders.shutdown();
		}
	}

	private static String openImport(Gateway tenant, String label) {
		Gateway.Response opened = tenant.postJson("/api/imports", "{\"type\":\"APPLICANTS\",\"label\":\"" + label + "\"}");
		assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
		return opened.read("$.id");
	}

	private static List<String> upload(Gateway tenant, String importId, Map<String, byte[]> files) {
		Gateway.Response answer = tenant.upload("/api/imports/" + importId + "/files", "files", files);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		List<String> outcomes = answer.read("$.results[*].outcome");
		assertThat(outcomes).hasSize(files.size()).containsOnly("CREATED");
		return answer.read("$.results[*].taskId");
	}

	/** Generated resumes, each its own person, so none is a duplicate of another. */
	private static Map<String, byte[]> resumes(String prefix, int count) {
		String run = Long.toString(System.nanoTime(), 36);
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (int index = 0; index < count; index++) {
			String name = prefix + " person " + run + " " + index;
			files.put(prefix + "-" + run + "-" + index + ".pdf", TestPdfs.resume(name,
					prefix + "." + run + "." + index + "@example.org", List.of("Java", "SQL", "Kafka", "Docker")));
		}
		return files;
	}

	/** How many of the tenant's tasks are COMPLETED, from Background Tasks. */
	private static long completed(Gateway tenant) {
		Gateway.Response tasks = tenant.get("/api/history/tasks?status=COMPLETED&size=1");
		assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
		return ((Number) tasks.read("$.total")).longValue();
	}

	private static Duration since(long started) {
		return Duration.ofNanos(System.nanoTime() - started);
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

	/** The most tasks each worker had in flight ({@code careers_extraction_in_flight}), sampled every 200 ms. */
	private static final class InFlight implements AutoCloseable {

		private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

		private final Map<String, Integer> most = new ConcurrentHashMap<>();

		static InFlight sample(List<ProcessInfo> workers) {
			InFlight inFlight = new InFlight();
			inFlight.sampler.scheduleWithFixedDelay(() -> workers.forEach(worker -> ServiceMetrics
				.value(worker, "careers_extraction_in_flight")
				.ifPresent(value -> inFlight.most.merge(worker.name(), (int) value, Math::max))), 0, 200,
					TimeUnit.MILLISECONDS);
			return inFlight;
		}

		Map<String, Integer> most() {
			return Map.copyOf(most);
		}

		@Override
		public void close() {
			sampler.shutdownNow();
		}

	}

}

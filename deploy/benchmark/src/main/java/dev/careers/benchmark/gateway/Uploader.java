package dev.careers.benchmark.gateway;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Feeds one import as the UI does: batches of {@code batchSize} files, {@code parallel} requests in
 * flight, a 429, 502 or 503 retried after its Retry-After (a bounded number of times), then
 * {@code complete}.
 */
public final class Uploader {

	private static final int ATTEMPTS = 20;

	private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

	private final GatewayClient gateway;

	private final int batchSize;

	private final int parallel;

	public Uploader(GatewayClient gateway, int batchSize, int parallel) {
		this.gateway = gateway;
		this.batchSize = batchSize;
		this.parallel = parallel;
	}

	/**
	 * What one import's upload did.
	 *
	 * @param taskUploadedAt when the answer that created each task came back
	 * @param outcomes files per outcome (CREATED, UPDATED, SKIPPED, ERROR; REFUSED for a request that failed)
	 */
	public record Upload(String importId, Instant startedAt, Instant finishedAt, int files,
			Map<UUID, Instant> taskUploadedAt, Map<String, Integer> outcomes) {

		public Duration elapsed() {
			return Duration.between(startedAt, finishedAt);
		}

	}

	public Upload upload(String label, List<Path> files, Duration timeout) throws InterruptedException {
		String importId = gateway.createImport(label);
		List<List<Path>> batches = new ArrayList<>();
		for (int start = 0; start < files.size(); start += batchSize) {
			batches.add(files.subList(start, Math.min(files.size(), start + batchSize)));
		}
		Map<UUID, Instant> tasks = new ConcurrentHashMap<>();
		Map<String, Integer> outcomes = new ConcurrentHashMap<>();
		AtomicInteger next = new AtomicInteger();
		Instant startedAt = Instant.now();
		ExecutorService senders = Executors.newFixedThreadPool(parallel);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int sender = 0; sender < parallel; sender++) {
				running.add(senders.submit(() -> {
					for (int batch = next.getAndIncrement(); batch < batches.size(); batch = next.getAndIncrement()) {
						send(importId, batches.get(batch), tasks, outcomes);
					}
					return null;
				}));
			}
			senders.shutdown();
			if (!senders.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException("The upload did not finish within " + timeout);
			}
			for (Future<?> sender : running) {
				sender.get();
			}
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("An upload request failed", ex.getCause());
		}
		finally {
			senders.shutdownNow();
		}
		Instant finishedAt = Instant.now();
		gateway.complete(importId);
		return new Upload(importId, startedAt, finishedAt, files.size(), Map.copyOf(tasks),
				new TreeMap<>(outcomes));
	}

	private void send(String importId, List<Path> batch, Map<UUID, Instant> tasks, Map<String, Integer> outcomes)
			throws InterruptedException {
		GatewayClient.UploadAnswer answer = null;
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			answer = gateway.upload(importId, batch);
			if (answer.status() == 200) {
				Instant answeredAt = Instant.now();
				for (GatewayClient.FileOutcome outcome : answer.outcomes()) {
					outcomes.merge(outcome.outcome(), 1, Integer::sum);
					outcome.taskId().ifPresent(taskId -> tasks.put(taskId, answeredAt));
				}
				return;
			}
			if (answer.status() != 429 && answer.status() != 502 && answer.status() != 503) {
				break;
			}
			Duration pause = answer.retryAfter().isZero() ? Duration.ofSeconds(attempt) : answer.retryAfter();
			Thread.sleep(Math.min(pause.toMillis(), LONGEST_PAUSE.toMillis()));
		}
		System.err.printf("A batch of %d files was refused with %d: %.300s%n", batch.size(), answer.status(), answer.body());
		outcomes.merge("REFUSED", batch.size(), Integer::sum);
	}

}

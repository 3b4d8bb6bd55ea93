package dev.careers.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.careers.benchmark.corpus.Corpus;
import dev.careers.benchmark.gateway.GatewayClient;
import dev.careers.benchmark.gateway.TaskFollower;
import dev.careers.benchmark.gateway.Uploader;
import dev.careers.benchmark.metrics.HeapSampler;
import dev.careers.benchmark.metrics.Percentiles;
import dev.careers.benchmark.metrics.ProcessSampler;
import dev.careers.benchmark.report.RunResult;
import dev.careers.benchmark.stack.Stack;

/**
 * One corpus through one stack: upload as the UI does, follow every task to its end (unless only the
 * upload is measured), and sample CPU, RSS and heap of the processes all along.
 */
final class BenchmarkRun {

	private static final Duration HEAP_SAMPLE_INTERVAL = Duration.ofMillis(500);

	/** How late after the last task the CPU window may close: two cheap count requests per poll. */
	private static final Duration TASK_POLL_INTERVAL = Duration.ofMillis(250);

	private final Stack stack;

	private final Settings settings;

	private final String apiKey;

	record Settings(int batch, int parallel, Duration timeout, boolean followTasks) {
	}

	BenchmarkRun(Stack stack, Settings settings) {
		this(stack, settings, stack.apiKey());
	}

	/** As the tenant of {@code apiKey}, one of the stack's. */
	BenchmarkRun(Stack stack, Settings settings, String apiKey) {
		this.stack = stack;
		this.settings = settings;
		this.apiKey = apiKey;
	}

	RunResult run(String label, Corpus corpus) throws InterruptedException {
		GatewayClient gateway = new GatewayClient(stack.gatewayUrl(), apiKey);
		ProcessSampler processes = new ProcessSampler(stack.processes());
		HeapSampler heaps = new HeapSampler(stack.heapSampledServices());
		Map<String, ProcessSampler.Sample> latest = new ConcurrentHashMap<>();
		ScheduledExecutorService sampling = Executors.newSingleThreadScheduledExecutor();
		TaskFollower follower = new TaskFollower(gateway::tasks, TASK_POLL_INTERVAL);
		long finishedBefore = settings.followTasks() ? follower.finishedCount() : 0;
		double loadAtStart = loadAverage();
		Map<String, ProcessSampler.Sample> before = processes.sample();
		Map<String, Double> jitBefore = processes.jitCpuSeconds();
		sampling.scheduleAtFixedRate(() -> {
			heaps.sample();
			latest.putAll(processes.sample());
		}, 0, HEAP_SAMPLE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
		try {
			Instant deadline = Instant.now().plus(settings.timeout());
			Uploader.Upload upload = new Uploader(gateway, settings.batch(), settings.parallel())
				.upload(label, corpus.files(), settings.timeout());
			System.out.printf("  uploaded %d files in %.1f s: %s%n", upload.files(), seconds(upload.elapsed()),
					upload.outcomes());
			if (settings.followTasks()) {
				follower.awaitDrained(finishedBefore + upload.taskUploadedAt().size(),
						Duration.between(Instant.now(), deadline));
			}
			// the window closes here: reading thousands of finished tasks back is the tool's work, not the platform's
			stopSampling(sampling);
			latest.putAll(processes.sample());
			Map<String, Double> jitAfter = processes.jitCpuSeconds();
			Map<UUID, GatewayClient.TaskRow> finished = settings.followTasks()
					? follower.finished(upload.taskUploadedAt().keySet()) : Map.of();
			return result(label, corpus, upload, finished, before, latest, spent(jitBefore, jitAfter), heaps.peaks(),
					List.of(loadAtStart, loadAverage()));
		}
		finally {
			stopSampling(sampling);
		}
	}

	private static void stopSampling(ScheduledExecutorService sampling) throws InterruptedException {
		sampling.shutdownNow();
		sampling.awaitTermination(10, TimeUnit.SECONDS);
	}

	private RunResult result(String label, Corpus corpus, Uploader.Upload upload,
			Map<UUID, GatewayClient.TaskRow> finished, Map<String, ProcessSampler.Sample> before,
			Map<String, ProcessSampler.Sample> after, Map<String, Double> jitSeconds, Map<String, Long> peakHeaps,
			List<Double> load) {
		int tasks = upload.taskUploadedAt().size();
		int completed = (int) finished.values().stream().filter(task -> task.status().equals("COMPLETED")).count();
		Map<String, Integer> failures = new TreeMap<>();
		finished.values()
			.stream()
			.filter(task -> task.status().equals("FAILED"))
			.forEach(task -> failures.merge(Objects.requireNonNullElse(task.errorCode(), "no code"), 1, Integer::sum));
		int failed = failures.values().stream().mapToInt(Integer::intValue).sum();
		List<Double> latencies = new ArrayList<>();
		Instant lastFinished = null;
		for (GatewayClient.TaskRow task : finished.values()) {
			if (task.finishedAt() != null) {
				lastFinished = lastFinished == null || task.finishedAt().isAfter(lastFinished) ? task.finishedAt()
						: lastFinished;
			}
			if (task.status().equals("COMPLETED") && task.finishedAt() != null) {
				Instant uploaded = upload.taskUploadedAt().get(task.id());
				latencies.add((double) Math.max(0, Duration.between(uploaded, task.finishedAt()).toMillis()));
			}
		}
		Double endToEnd = settings.followTasks() && lastFinished != null && finished.size() == tasks
				? seconds(Duration.between(upload.startedAt(), lastFinished)) : null;
		int documents = corpus.files().size();
		List<RunResult.ProcessFigures> figures = new ArrayList<>();
		for (ProcessSampler.Sample end : after.values()) {
			ProcessSampler.Sample start = before.get(end.name());
			double cpu = end.cpuSeconds() - (start == null ? 0 : start.cpuSeconds());
			figures.add(new RunResult.ProcessFigures(end.name(), cpu, cpu / documents,
					jitSeconds.getOrDefault(end.name(), 0.0), end.peakRssBytes()));
		}
		double uploadSeconds = seconds(upload.elapsed());
		return new RunResult(label, stack.workers(), documents, corpus.bytes(), upload.outcomes(), uploadSeconds,
				upload.files() / uploadSeconds, endToEnd, endToEnd == null ? null : tasks / endToEnd,
				Percentiles.of(latencies), settings.followTasks(), tasks, completed, failed, failures, tasks - completed,
				figures, peakHeaps, load);
	}

	/** What each process still alive at the end spent between the two readings. */
	private static Map<String, Double> spent(Map<String, Double> start, Map<String, Double> end) {
		Map<String, Double> spent = new HashMap<>();
		end.forEach((name, seconds) -> spent.put(name, seconds - start.getOrDefault(name, 0.0)));
		return spent;
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

	/** The 1-minute load average, the first field of {@code /proc/loadavg}. */
	static double loadAverage() {
		try {
			return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

}

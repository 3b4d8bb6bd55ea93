package dev.careers.benchmark.metrics;

import java.time.Duration;
import java.time.Instant;

/**
 * Waits for the stack to fall quiet before a measured run. A warm-up leaves work behind (history's
 * projection of its last tasks, the outbox's deletes, autovacuum and a checkpoint in PostgreSQL, late
 * compilations): in a run of a few seconds it would be charged to the measured documents.
 */
public final class QuietWait {

	private final ProcessSampler processes;

	private final Duration window;

	public QuietWait(ProcessSampler processes, Duration window) {
		this.processes = processes;
		this.window = window;
	}

	/** The first window's CPU use in cores at or under {@code maxCores}, or the last one when {@code timeout} came first. */
	public double await(double maxCores, Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		double before = totalCpuSeconds();
		while (true) {
			Thread.sleep(window.toMillis());
			double after = totalCpuSeconds();
			double cores = (after - before) / (window.toMillis() / 1000.0);
			if (cores <= maxCores || !Instant.now().isBefore(deadline)) {
				return cores;
			}
			before = after;
		}
	}

	private double totalCpuSeconds() {
		return processes.sample().values().stream().mapToDouble(ProcessSampler.Sample::cpuSeconds).sum();
	}

}

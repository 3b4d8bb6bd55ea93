package dev.careers.benchmark.report;

import java.util.List;
import java.util.Map;

import dev.careers.benchmark.metrics.Percentiles;

/**
 * The figures of one run on one stack.
 *
 * @param outcomes files per upload outcome (CREATED, UPDATED, SKIPPED, ERROR, REFUSED)
 * @param endToEndSeconds first upload request to the last task's finishedAt; null when tasks were not followed
 * @param latencyMillis upload answer to task finishedAt, of COMPLETED tasks
 * @param tasksFollowed false when only the upload was measured: then no task figure means anything
 * @param notCompleted tasks FAILED or not finished before the timeout (must be 0)
 * @param peakHeapBytes largest heap in use seen on each service
 * @param loadAverage the machine's 1-minute load average at the start and at the end
 */
public record RunResult(String label, int workers, int documents, long bytes, Map<String, Integer> outcomes,
		double uploadSeconds, double uploadFilesPerSecond, Double endToEndSeconds, Double endToEndDocumentsPerSecond,
		Percentiles latencyMillis, boolean tasksFollowed, int tasks, int completed, int failed, int notCompleted,
		List<ProcessFigures> processes, Map<String, Long> peakHeapBytes, List<Double> loadAverage) {

	/**
	 * @param cpuSeconds CPU of the process and its descendants during the run
	 * @param jitCpuSeconds the part of it that the JVM's JIT compiler threads spent
	 * @param peakRssBytes the process's VmHWM at the end of the run (its peak since it started)
	 */
	public record ProcessFigures(String name, double cpuSeconds, double cpuSecondsPerDocument, double jitCpuSeconds,
			long peakRssBytes) {
	}

}

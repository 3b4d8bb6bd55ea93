package dev.careers.benchmark.report;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.careers.benchmark.metrics.Percentiles;
import dev.careers.events.FailureCode;

/**
 * The figures of one run on one stack.
 *
 * @param outcomes files per upload outcome (CREATED, UPDATED, SKIPPED, ERROR, REFUSED)
 * @param endToEndSeconds first upload request to the last task's finishedAt; null when tasks were not followed
 * @param latencyMillis upload answer to task finishedAt, of COMPLETED tasks
 * @param tasksFollowed false when only the upload was measured: then no task figure means anything
 * @param failures FAILED tasks by their failure's code
 * @param notCompleted tasks FAILED or not finished before the timeout
 * @param peakHeapBytes largest heap in use seen on each service
 * @param loadAverage the machine's 1-minute load average at the start and at the end
 */
public record RunResult(String label, int workers, int documents, long bytes, Map<String, Integer> outcomes,
		double uploadSeconds, double uploadFilesPerSecond, Double endToEndSeconds, Double endToEndDocumentsPerSecond,
		Percentiles latencyMillis, boolean tasksFollowed, int tasks, int completed, int failed,
		Map<String, Integer> failures, int notCompleted,
		List<ProcessFigures> processes, Map<String, Long> peakHeapBytes, List<Double> loadAverage) {

	/**
	 * Causes that lie in the file itself (a blank scan, a damaged PDF): a folder of real files may hold such a
	 * file, and failing it is the platform doing its job. A time cap or an unreadable stored object is not one.
	 */
	private static final Set<String> CAUSES_IN_THE_FILE = Stream
		.of(FailureCode.NOT_A_PDF, FailureCode.EMPTY_FILE, FailureCode.TOO_LARGE, FailureCode.PASSWORD_PROTECTED,
				FailureCode.NO_TEXT_LAYER, FailureCode.LOW_RESOLUTION, FailureCode.DAMAGED_FILE,
				FailureCode.TOO_MANY_PAGES, FailureCode.LEGACY_FORMAT)
		.map(Enum::name)
		.collect(Collectors.toUnmodifiableSet());

	/** Every task finished, and each one that failed did so for a cause in its own file. */
	public boolean passed() {
		return completed + failed == tasks && failures.keySet().stream().allMatch(CAUSES_IN_THE_FILE::contains);
	}

	/**
	 * @param cpuSeconds CPU of the process and its descendants during the run
	 * @param jitCpuSeconds the part of it that the JVM's JIT compiler threads spent
	 * @param peakRssBytes the process's VmHWM at the end of the run (its peak since it started)
	 */
	public record ProcessFigures(String name, double cpuSeconds, double cpuSecondsPerDocument, double jitCpuSeconds,
			long peakRssBytes) {
	}

}

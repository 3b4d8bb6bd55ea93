package dev.careers.benchmark.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Follows the tasks of one upload in Background Tasks. While the tenant has queued or running tasks it
 * only asks for those counts, so that the platform's CPU while the tasks run is not spent on the tool's
 * questions; once none is left, the finished tasks are read back (newest first), after the caller has
 * closed its CPU window.
 */
public final class TaskFollower {

	/** The task pages this follower reads: {@link GatewayClient#tasks}. */
	@FunctionalInterface
	public interface TaskPages {

		GatewayClient.TaskPage tasks(String status, int page, int size);

	}

	private static final int PAGE_SIZE = 500;

	private static final int MAX_PAGES = 1000;

	private static final Duration REPORT_INTERVAL = Duration.ofSeconds(15);

	private final TaskPages pages;

	private final Duration pollInterval;

	public TaskFollower(TaskPages pages, Duration pollInterval) {
		this.pages = pages;
		this.pollInterval = pollInterval;
	}

	/** How many of the tenant's tasks have reached an end. */
	public long finishedCount() {
		return pages.tasks("COMPLETED", 0, 1).total() + pages.tasks("FAILED", 0, 1).total();
	}

	/**
	 * Waits until the tenant has no queued or running task and at least {@code expectedFinished} finished
	 * ones; false when {@code timeout} came first. No open task alone is not enough: right after an
	 * upload, Background Tasks may not have seen its tasks yet.
	 */
	public boolean awaitDrained(long expectedFinished, Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		Instant nextReport = Instant.now().plus(REPORT_INTERVAL);
		while (true) {
			long open = pages.tasks("QUEUED", 0, 1).total() + pages.tasks("RUNNING", 0, 1).total();
			if (open == 0 && finishedCount() >= expectedFinished) {
				return true;
			}
			if (!Instant.now().isBefore(deadline)) {
				return false;
			}
			if (Instant.now().isAfter(nextReport)) {
				System.out.printf("  tasks: %d queued or running%n", open);
				nextReport = Instant.now().plus(REPORT_INTERVAL);
			}
			Thread.sleep(pollInterval.toMillis());
		}
	}

	/** Those of {@code tasks} that reached an end, by id; a task missing from it has not finished. */
	public Map<UUID, GatewayClient.TaskRow> finished(Set<UUID> tasks) {
		Map<UUID, GatewayClient.TaskRow> finished = new HashMap<>();
		for (String status : List.of("COMPLETED", "FAILED")) {
			for (int page = 0; page < MAX_PAGES && finished.size() < tasks.size(); page++) {
				GatewayClient.TaskPage rows = pages.tasks(status, page, PAGE_SIZE);
				for (GatewayClient.TaskRow row : rows.items()) {
					if (tasks.contains(row.id())) {
						finished.put(row.id(), row);
					}
				}
				if (rows.items().size() < PAGE_SIZE) {
					break;
				}
			}
		}
		return finished;
	}

}

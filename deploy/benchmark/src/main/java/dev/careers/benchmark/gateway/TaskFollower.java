package dev.careers.benchmark.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Follows the tasks of one upload in Background Tasks until each is COMPLETED or FAILED, or the
 * time is up. While the tenant has queued or running tasks it only asks for those counts; once it
 * has none, it pages through the finished tasks (newest first) to find the ones it waits for.
 */
public final class TaskFollower {

	private static final int PAGE_SIZE = 500;

	private static final int MAX_PAGES = 1000;

	private final GatewayClient gateway;

	private final Duration pollInterval;

	public TaskFollower(GatewayClient gateway, Duration pollInterval) {
		this.gateway = gateway;
		this.pollInterval = pollInterval;
	}

	/** The tasks that reached an end, by id; a task missing from it did not finish in time. */
	public Map<UUID, GatewayClient.TaskRow> follow(Set<UUID> tasks, Duration timeout) throws InterruptedException {
		Map<UUID, GatewayClient.TaskRow> finished = new HashMap<>();
		Instant deadline = Instant.now().plus(timeout);
		Instant nextReport = Instant.now();
		while (finished.size() < tasks.size() && Instant.now().isBefore(deadline)) {
			long open = gateway.tasks("QUEUED", 0, 1).total() + gateway.tasks("RUNNING", 0, 1).total();
			if (open == 0 || Instant.now().isAfter(nextReport)) {
				collectFinished(tasks, finished);
			}
			if (Instant.now().isAfter(nextReport)) {
				System.out.printf("  tasks: %d of %d finished, %d queued or running%n", finished.size(), tasks.size(), open);
				nextReport = Instant.now().plusSeconds(15);
			}
			if (finished.size() < tasks.size()) {
				Thread.sleep(pollInterval.toMillis());
			}
		}
		return finished;
	}

	private void collectFinished(Set<UUID> tasks, Map<UUID, GatewayClient.TaskRow> finished) {
		for (String status : List.of("COMPLETED", "FAILED")) {
			for (int page = 0; page < MAX_PAGES && finished.size() < tasks.size(); page++) {
				GatewayClient.TaskPage rows = gateway.tasks(status, page, PAGE_SIZE);
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
	}

}

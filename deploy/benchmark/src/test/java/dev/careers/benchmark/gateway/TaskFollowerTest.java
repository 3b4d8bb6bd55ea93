package dev.careers.benchmark.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskFollowerTest {

	/** Background Tasks of one tenant: {@code open} tasks still running, one fewer at every count of RUNNING. */
	private static final class Tasks implements TaskFollower.TaskPages {

		final List<GatewayClient.TaskRow> completed = new ArrayList<>();

		final List<GatewayClient.TaskRow> failed = new ArrayList<>();

		final List<String> asked = new ArrayList<>();

		int open;

		@Override
		public GatewayClient.TaskPage tasks(String status, int page, int size) {
			asked.add(status);
			return switch (status) {
				case "QUEUED" -> new GatewayClient.TaskPage(List.of(), 0);
				case "RUNNING" -> new GatewayClient.TaskPage(List.of(), open > 0 ? open-- : 0);
				case "COMPLETED" -> page(completed, page, size);
				case "FAILED" -> page(failed, page, size);
				default -> throw new IllegalArgumentException(status);
			};
		}

		private static GatewayClient.TaskPage page(List<GatewayClient.TaskRow> rows, int page, int size) {
			int from = Math.min(rows.size(), page * size);
			return new GatewayClient.TaskPage(rows.subList(from, Math.min(rows.size(), from + size)), rows.size());
		}

	}

	@Test
	void waitsOnTheCountsAloneUntilNoTaskIsOpen() throws Exception {
		Tasks tasks = new Tasks();
		tasks.open = 3;

		boolean drained = new TaskFollower(tasks, Duration.ZERO).awaitDrained(0, Duration.ofMinutes(1));

		assertThat(drained).isTrue();
		assertThat(tasks.open).isZero();
		assertThat(tasks.asked.subList(0, 8)).containsOnly("QUEUED", "RUNNING");
		assertThat(tasks.asked.subList(8, tasks.asked.size())).containsExactly("COMPLETED", "FAILED");
	}

	@Test
	void waitsForTheUploadsTasksToReachBackgroundTasksBeforeCallingItDrained() throws Exception {
		// right after an upload, nothing is open yet because Background Tasks has not seen the tasks
		Tasks tasks = new Tasks();
		TaskFollower follower = new TaskFollower(tasks, Duration.ofMillis(1));
		tasks.completed.add(row(UUID.randomUUID(), "COMPLETED"));
		long before = follower.finishedCount();

		assertThat(follower.awaitDrained(before + 2, Duration.ofMillis(50))).isFalse();

		tasks.completed.add(row(UUID.randomUUID(), "COMPLETED"));
		tasks.failed.add(row(UUID.randomUUID(), "FAILED"));
		assertThat(follower.awaitDrained(before + 2, Duration.ofMillis(50))).isTrue();
	}

	@Test
	void givesUpWhenTheTimeIsOut() throws Exception {
		Tasks tasks = new Tasks();
		tasks.open = Integer.MAX_VALUE;

		assertThat(new TaskFollower(tasks, Duration.ofMillis(1)).awaitDrained(0, Duration.ZERO)).isFalse();
	}

	@Test
	void readsBackTheUploadsTasksAmongTheTenantsOthersOverManyPages() {
		Tasks tasks = new Tasks();
		List<UUID> ours = IntStream.range(0, 3).mapToObj(i -> UUID.randomUUID()).toList();
		tasks.completed.add(row(ours.get(0), "COMPLETED"));
		IntStream.range(0, 1200).forEach(i -> tasks.completed.add(row(UUID.randomUUID(), "COMPLETED")));
		tasks.completed.add(row(ours.get(1), "COMPLETED"));
		tasks.failed.add(row(ours.get(2), "FAILED"));
		UUID unfinished = UUID.randomUUID();

		Map<UUID, GatewayClient.TaskRow> finished = new TaskFollower(tasks, Duration.ZERO)
			.finished(Set.of(ours.get(0), ours.get(1), ours.get(2), unfinished));

		assertThat(finished).containsOnlyKeys(ours);
		assertThat(finished.get(ours.get(2)).status()).isEqualTo("FAILED");
	}

	private static GatewayClient.TaskRow row(UUID id, String status) {
		return new GatewayClient.TaskRow(id, status, Instant.EPOCH, Instant.EPOCH.plusSeconds(1), null);
	}

}

package dev.careers.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.careers.launcher.ProcessInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * history-service at two replicas, on the launched stack as a cluster runs it: an import uploaded
 * through gateway 1 is streamed, task by task, through gateway 2; history-service 1 is killed with
 * SIGKILL mid-import and the other replica takes over its partitions; once it is back, Import
 * History and the tab counts are the same through either gateway, each file counted once
 * (docs/adr/0024-history-service-replicas-and-bounded-state.md).
 */
class HistoryReplicasIT {

	private static final int FILES = 30;

	private static final int BATCH = 5;

	// a killed replica's partitions move once its consumer session has timed out
	@RegisterExtension
	static final LocalStack stack = LocalStack.withTenants("cluster=cluster-key")
		.replicas(2)
		.settings("-Dspring.kafka.consumer.properties.session.timeout.ms=10000");

	@Test
	void anImportThroughGatewayOneStreamsThroughGatewayTwoAndCountsOnceWithAHistoryReplicaKilled() throws Exception {
		List<String> urls = stack.system().gatewayUrls();
		assertThat(urls).hasSize(2);
		Gateway one = Gateway.at(urls.get(0)).withApiKey("cluster-key");
		Gateway two = Gateway.at(urls.get(1)).withApiKey("cluster-key");
		List<Map<String, byte[]>> batches = ResumeFolder.of(FILES).batches(BATCH);

		try (EventStream streamThroughTwo = two.openStream("/api/history/stream")) {
			assertThat(streamThroughTwo.status().get(2, TimeUnit.MINUTES)).isEqualTo(200);
			ImportLedger ledger = ImportLedger.open(one, "through gateway 1, watched through gateway 2");
			ledger.upload(batches.get(0));
			ImportAccounting throughTwo = new ImportAccounting(two, Duration.ofMinutes(4));
			await("a task of the import projected").atMost(Duration.ofMinutes(2))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> throughTwo.tasksOf(ledger.importId())
					.stream()
					.anyMatch(task -> "COMPLETED".equals(task.get("status"))));

			ProcessInfo killed = stack.system().killService("history-service");
			assertThat(killed.isAlive()).as("history-service after SIGKILL").isFalse();
			batches.subList(1, batches.size()).forEach(ledger::upload);
			ledger.completeRetrying(Duration.ofMinutes(1));

			throughTwo.assertEveryFileAccountedFor(ledger, FILES);
			await("every task of the import on the stream through gateway 2").atMost(Duration.ofMinutes(1))
				.untilAsserted(() -> assertThat(streamThroughTwo.text()).contains(ledger.importId())
					.contains(ledger.taskIds()));

			ProcessInfo restarted = stack.system().startService("history-service");
			assertThat(restarted.isAlive()).isTrue();
			new ImportAccounting(one, Duration.ofMinutes(2)).assertEveryFileAccountedFor(ledger, FILES);
			Gateway.Response countsThroughOne = one.get("/api/history/tasks/counts");
			Gateway.Response countsThroughTwo = two.get("/api/history/tasks/counts");
			assertThat(countsThroughOne.<Integer>read("$.RESUME")).as(countsThroughOne.toString()).isEqualTo(FILES);
			assertThat(countsThroughOne.body()).isEqualTo(countsThroughTwo.body());
		}
	}

}

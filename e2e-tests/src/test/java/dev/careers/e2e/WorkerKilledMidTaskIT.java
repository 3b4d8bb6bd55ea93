package dev.careers.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.careers.launcher.ProcessInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10.1 on the real local stack: a worker is killed with SIGKILL while it holds records. Every
 * record it held is redelivered to the other worker and completes; no task stays RUNNING or QUEUED;
 * no result is counted twice.
 */
class WorkerKilledMidTaskIT {

	private static final int FILES = 40;

	/** The survivor takes the dead worker's partitions once its session times out (45 s by default). */
	private static final Duration SETTLED = Duration.ofMinutes(4);

	@RegisterExtension
	static final LocalStack stack = FaultTestSystem.withWorkers(2);

	@Test
	void recordsHeldByAKilledWorkerAreRedeliveredAndCompleteOnce() {
		Gateway client = stack.gateway().withApiKey(FaultTestSystem.API_KEY);
		long started = System.nanoTime();
		ResumeFolder folder = ResumeFolder.of(FILES);
		ImportLedger ledger = ImportLedger.open(client, "worker killed mid-task");
		folder.batches(10).forEach(ledger::upload);
		ledger.completeRetrying(Duration.ofMinutes(1));
		ProcessInfo victim = stack.system().workers().get(0);
		ProcessInfo survivor = stack.system().workers().get(1);

		await("worker " + victim.name() + " holding a record").atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> ServiceMetrics.value(victim, "careers_extraction_in_flight").orElse(0) > 0);
		stack.system().killWorker(0);
		assertThat(victim.isAlive()).isFalse();
		Set<String> heldWhenKilled = WorkerLog.of(stack.system(), victim).unfinished();

		assertThat(heldWhenKilled).as("tasks in the killed worker's hands").isNotEmpty();
		List<Map<String, Object>> tasks = new ImportAccounting(client, SETTLED).assertEveryFileAccountedFor(ledger, FILES);
		WorkerLog survivorLog = WorkerLog.of(stack.system(), survivor);
		assertThat(survivorLog.ended()).as("redelivered to the surviving worker and done there").containsAll(heldWhenKilled);
		new ReliabilityRun("WorkerKilledMidTaskIT", FILES, tasks.size(), Duration.ofNanos(System.nanoTime() - started),
				"SIGKILL of 1 of 2 workers holding " + heldWhenKilled.size() + " task(s)").print();
	}

}

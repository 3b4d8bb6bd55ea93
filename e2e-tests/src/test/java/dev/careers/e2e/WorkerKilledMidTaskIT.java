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
 * Issue 10.1 on the real local stack: a second worker joins the one running, then the first is
 * killed with SIGKILL while it holds records. Every record it held is redelivered to the other
 * worker and completes; no task stays RUNNING or QUEUED; no result is counted twice.
 */
class WorkerKilledMidTaskIT {

	private static final int FILES = 40;

	/** The survivor takes the dead worker's partitions once its session times out (10 s on this stack). */
	private static final Duration SETTLED = Duration.ofMinutes(4);

	@RegisterExtension
	static final LocalStack stack = FaultTestSystem.stack();

	@Test
	void recordsHeldByAKilledWorkerAreRedeliveredAndCompleteOnce() {
		Gateway client = FaultTestSystem.client(stack, FaultTestSystem.WORKER_KILLED);
		assertThat(stack.system().workers()).as("workers before the second joins").hasSize(1);
		ProcessInfo survivor = stack.system().startWorker();
		ProcessInfo victim = stack.system().workers().get(0);
		long started = System.nanoTime();
		ResumeFolder folder = ResumeFolder.of(FILES);
		ImportLedger ledger = ImportLedger.open(client, "worker killed mid-task");
		folder.batches(10).forEach(ledger::upload);
		ledger.completeRetrying(Duration.ofMinutes(1));

		await("worker " + victim.name() + " holding a record").atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> ServiceMetrics.value(victim, "careers_extraction_in_flight").orElse(0) > 0);
		stack.system().killWorker(0);
		assertThat(victim.isAlive()).isFalse();
		Set<String> heldWhenKilled = WorkerLog.of(stack.system(), victim, FaultTestSystem.WORKER_KILLED).unfinished();

		assertThat(heldWhenKilled).as("tasks in the killed worker's hands").isNotEmpty();
		List<Map<String, Object>> tasks = new ImportAccounting(client, SETTLED).assertEveryFileAccountedFor(ledger, FILES);
		WorkerLog survivorLog = WorkerLog.of(stack.system(), survivor, FaultTestSystem.WORKER_KILLED);
		assertThat(survivorLog.ended()).as("redelivered to the surviving worker and done there").containsAll(heldWhenKilled);
		new ReliabilityRun("WorkerKilledMidTaskIT", FILES, tasks.size(), Duration.ofNanos(System.nanoTime() - started),
				"SIGKILL of 1 of 2 workers holding " + heldWhenKilled.size() + " task(s)").print();
	}

}

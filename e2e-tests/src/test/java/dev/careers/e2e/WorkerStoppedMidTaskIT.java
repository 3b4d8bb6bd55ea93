package dev.careers.e2e;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.careers.launcher.ProcessInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 5.7 on the real local stack: the only worker gets SIGTERM (a scale-down) while it holds
 * records. It exits within its shutdown timeout, each record in hand either finished (result sent,
 * offset committed) or handed back uncommitted; a fresh worker then does the rest, and every task
 * completes exactly once.
 */
class WorkerStoppedMidTaskIT {

	private static final int FILES = 30;

	/** The worker's spring.lifecycle.timeout-per-shutdown-phase, left at its default: the bound on SIGTERM. */
	private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(100);

	@RegisterExtension
	static final LocalStack stack = FaultTestSystem.stack();

	@Test
	void stoppedWorkerFinishesOrHandsBackItsRecordsAndAFreshWorkerDoesTheRest() {
		Gateway client = FaultTestSystem.client(stack, FaultTestSystem.WORKER_STOPPED);
		assertThat(stack.system().workers()).as("the only worker").hasSize(1);
		long started = System.nanoTime();
		ResumeFolder folder = ResumeFolder.of(FILES);
		ImportLedger ledger = ImportLedger.open(client, "worker stopped mid-task");
		folder.batches(10).forEach(ledger::upload);
		ledger.completeRetrying(Duration.ofMinutes(1));
		ProcessInfo stopping = stack.system().workers().get(0);

		await("worker " + stopping.name() + " holding a record").atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> ServiceMetrics.value(stopping, "careers_extraction_in_flight").orElse(0) > 0);
		Set<String> inHand = WorkerLog.of(stack.system(), stopping, FaultTestSystem.WORKER_STOPPED).unfinished();
		long stopRequested = System.nanoTime();
		stack.system().stopWorker(0);
		Duration stopTook = Duration.ofNanos(System.nanoTime() - stopRequested);

		assertThat(stopping.isAlive()).isFalse();
		assertThat(stopTook).as("exited by itself within its shutdown timeout").isLessThan(SHUTDOWN_TIMEOUT);
		assertThat(inHand).as("tasks in the worker's hands at SIGTERM").isNotEmpty();
		WorkerLog stoppedLog = WorkerLog.of(stack.system(), stopping, FaultTestSystem.WORKER_STOPPED);
		Set<String> handedBack = stoppedLog.unfinished();
		Set<String> finishedInHand = new HashSet<>(inHand);
		finishedInHand.retainAll(stoppedLog.ended());

		ProcessInfo fresh = stack.system().startWorker();
		List<Map<String, Object>> tasks = new ImportAccounting(client, Duration.ofMinutes(3))
			.assertEveryFileAccountedFor(ledger, FILES);
		assertThat(WorkerLog.of(stack.system(), fresh, FaultTestSystem.WORKER_STOPPED).ended()).as("handed back, then done by the fresh worker")
			.containsAll(handedBack);
		new ReliabilityRun("WorkerStoppedMidTaskIT", FILES, tasks.size(), Duration.ofNanos(System.nanoTime() - started),
				"SIGTERM of the only worker holding " + inHand.size() + " task(s) (exited in " + stopTook.toMillis()
						+ " ms; " + finishedInHand.size() + " finished in hand, " + handedBack.size()
						+ " handed back), then a fresh worker")
			.print();
	}

}

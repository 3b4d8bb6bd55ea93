package dev.careers.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.careers.launcher.LocalSystem;
import dev.careers.launcher.ProcessInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

	@TempDir
	static Path dataDir;

	private static LocalSystem system;

	private static Gateway client;

	@BeforeAll
	static void startTwoWorkers() {
		system = FaultTestSystem.start(dataDir, 2);
		client = FaultTestSystem.client(system);
	}

	@AfterAll
	static void stopTheSystem() {
		if (system != null) {
			system.stop();
		}
	}

	@Test
	void recordsHeldByAKilledWorkerAreRedeliveredAndCompleteOnce() {
		long started = System.nanoTime();
		ResumeFolder folder = ResumeFolder.of(FILES);
		ImportLedger ledger = ImportLedger.open(client, "worker killed mid-task");
		folder.batches(10).forEach(ledger::upload);
		ledger.completeRetrying(Duration.ofMinutes(1));
		ProcessInfo victim = system.workers().get(0);
		ProcessInfo survivor = system.workers().get(1);

		await("worker " + victim.name() + " holding a record").atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> ServiceMetrics.value(victim, "careers_extraction_in_flight").orElse(0) > 0);
		system.killWorker(0);
		assertThat(victim.isAlive()).isFalse();
		Set<String> heldWhenKilled = WorkerLog.of(system, victim).unfinished();

		assertThat(heldWhenKilled).as("tasks in the killed worker's hands").isNotEmpty();
		List<Map<String, Object>> tasks = new ImportAccounting(client, SETTLED).assertEveryFileAccountedFor(ledger, FILES);
		WorkerLog survivorLog = WorkerLog.of(system, survivor);
		assertThat(survivorLog.ended()).as("redelivered to the surviving worker and done there").containsAll(heldWhenKilled);
		new ReliabilityRun("WorkerKilledMidTaskIT", FILES, tasks.size(), Duration.ofNanos(System.nanoTime() - started),
				"SIGKILL of 1 of 2 workers holding " + heldWhenKilled.size() + " task(s)").print();
	}

}

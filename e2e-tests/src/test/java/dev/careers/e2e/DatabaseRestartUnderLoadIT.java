package dev.careers.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.careers.launcher.ProcessInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10.3 on the real local stack: PostgreSQL stops and starts again while a folder is uploading
 * and extracting. The services recover by themselves (the same processes); uploads during the outage
 * are refused with a 5xx and retried by the client; every upload acknowledged is accounted for.
 */
class DatabaseRestartUnderLoadIT {

	private static final int FILES = 30;

	private static final int BATCH = 5;

	@RegisterExtension
	static final LocalStack stack = FaultTestSystem.stack();

	@Test
	void servicesRecoverFromADatabaseRestartAndNoAcknowledgedUploadIsLost() {
		Gateway client = FaultTestSystem.client(stack, FaultTestSystem.DATABASE_RESTART);
		long started = System.nanoTime();
		List<Map<String, byte[]>> batches = ResumeFolder.of(FILES).batches(BATCH);
		List<ProcessInfo> servicesBefore = services();
		ImportLedger ledger = ImportLedger.open(client, "database restart under load");
		ProcessInfo worker = stack.system().workers().get(0);
		double extractedBefore = ServiceMetrics.value(worker, "careers_extraction_tasks_total").orElse(0);
		ledger.upload(batches.get(0));
		// a worker that reads from the document store may finish a small batch between two polls
		await("extraction under way").atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> ServiceMetrics.value(worker, "careers_extraction_in_flight").orElse(0) > 0
					|| ServiceMetrics.value(worker, "careers_extraction_tasks_total").orElse(0) > extractedBefore);

		long outageStarted = System.nanoTime();
		stack.system().stopDatabase();
		CompletableFuture<Void> uploader = CompletableFuture.runAsync(() -> batches.subList(1, batches.size())
			.forEach(batch -> ledger.uploadRetrying(batch, Duration.ofMinutes(4))));
		await("an upload refused while the database is down").atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> !ledger.refusals().isEmpty());
		stack.system().startDatabase();
		Duration outage = Duration.ofNanos(System.nanoTime() - outageStarted);
		uploader.orTimeout(5, TimeUnit.MINUTES).join();
		ledger.completeRetrying(Duration.ofMinutes(1));

		List<Map<String, Object>> tasks = new ImportAccounting(client, Duration.ofMinutes(3))
			.assertEveryFileAccountedFor(ledger, FILES);
		assertThat(services()).as("the same service processes, each still running").isEqualTo(servicesBefore)
			.allMatch(ProcessInfo::isAlive);
		// a clear answer, not a hang: no attempt outlasted the client's 30 s patience
		assertThat(ledger.refusals()).as("refusals during the outage, each a server error").allMatch(status -> status.startsWith("5"));
		new ReliabilityRun("DatabaseRestartUnderLoadIT", FILES, tasks.size(), Duration.ofNanos(System.nanoTime() - started),
				"database stopped " + outage.toSeconds() + " s mid-import, uploads refused " + ledger.refusals()
						+ " and retried, " + ledger.countOf("SKIPPED") + " retried file(s) already in")
			.print();
	}

	/** The services' processes (broker and database aside: the database is the one restarted). */
	private static List<ProcessInfo> services() {
		return stack.system().processes().stream().filter(process -> !List.of("kafka", "postgres").contains(process.name())).toList();
	}

}

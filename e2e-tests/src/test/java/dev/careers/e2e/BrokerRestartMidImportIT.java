package dev.careers.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.careers.launcher.ProcessInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10.2 on the real local stack: the Kafka broker stops while a folder is uploading in batches
 * and extracting. Uploads go on being acknowledged (the outbox holds their events); once the broker
 * is back the outbox drains, the import completes with the right counts and every task completes:
 * no event was lost.
 */
class BrokerRestartMidImportIT {

	private static final int FILES = 30;

	private static final int BATCH = 10;

	private static final String OUTBOX_BACKLOG = "careers_outbox_backlog";

	@RegisterExtension
	static final LocalStack stack = FaultTestSystem.stack();

	@Test
	void uploadsDuringABrokerOutageAreKeptAndTheImportCompletesOnceItIsBack() {
		Gateway client = FaultTestSystem.client(stack, FaultTestSystem.BROKER_RESTART);
		long started = System.nanoTime();
		List<Map<String, byte[]>> batches = ResumeFolder.of(FILES).batches(BATCH);
		ProcessInfo importService = stack.service("import-service");
		ProcessInfo worker = stack.system().workers().get(0);
		ImportLedger ledger = ImportLedger.open(client, "broker restart mid-import");
		ledger.upload(batches.get(0));
		await("extraction under way").atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> ServiceMetrics.value(worker, "careers_extraction_in_flight").orElse(0) > 0);

		long outageStarted = System.nanoTime();
		stack.system().stopBroker();
		ledger.upload(batches.get(1));
		double heldInOutbox = ServiceMetrics.value(importService, OUTBOX_BACKLOG).orElseThrow();
		stack.system().startBroker();
		Duration outage = Duration.ofNanos(System.nanoTime() - outageStarted);
		batches.subList(2, batches.size()).forEach(ledger::upload);
		ledger.completeRetrying(Duration.ofMinutes(1));

		assertThat(heldInOutbox).as("events of the uploads acknowledged while the broker was down, held in the outbox")
			.isGreaterThanOrEqualTo(BATCH);
		await("outbox drained").atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> ServiceMetrics.value(importService, OUTBOX_BACKLOG).orElse(-1) == 0);
		List<Map<String, Object>> tasks = new ImportAccounting(client, Duration.ofMinutes(3))
			.assertEveryFileAccountedFor(ledger, FILES);
		new ReliabilityRun("BrokerRestartMidImportIT", FILES, tasks.size(), Duration.ofNanos(System.nanoTime() - started),
				"broker stopped " + outage.toSeconds() + " s mid-import, " + BATCH
						+ " files acknowledged meanwhile, outbox held " + (long) heldInOutbox + " events")
			.print();
	}

}

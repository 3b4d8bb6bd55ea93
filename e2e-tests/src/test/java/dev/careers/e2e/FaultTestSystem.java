package dev.careers.e2e;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The stack the fault tests share, one test after another. Each leaves it running as it found it,
 * its fault repaired and one worker running (a worker test adds or replaces workers), and each
 * keeps to a tenant of its own: every test sends the same generated folder, which one tenant would
 * take for duplicates. Four request partitions, so that two workers of two consumer threads each
 * all hold partitions; a consumer session of 10 s instead of Kafka's 45 s, so that the partitions
 * of a killed worker move to the survivor sooner. The document store's orphan sweep runs every 2 s
 * with a grace period of 30 s instead of 10 min and 1 h, so that the import-service test sees it
 * remove what a killed upload left; the grace still outlasts any group of files this stack commits,
 * so every fault test runs with the sweep beside its uploads.
 */
final class FaultTestSystem {

	static final String BROKER_RESTART = "broker-restart";

	static final String DATABASE_RESTART = "database-restart";

	static final String IMPORT_SERVICE_KILLED = "import-service-killed";

	static final String WORKER_KILLED = "worker-killed";

	static final String WORKER_STOPPED = "worker-stopped";

	private static final List<String> TENANTS = List.of(BROKER_RESTART, DATABASE_RESTART, IMPORT_SERVICE_KILLED,
			WORKER_KILLED, WORKER_STOPPED);

	/** The orphan sweep's grace period on this stack. */
	static final Duration ORPHAN_GRACE = Duration.ofSeconds(30);

	private FaultTestSystem() {
	}

	static LocalStack stack() {
		return LocalStack.withTenants(TENANTS.stream().map(tenant -> tenant + "=" + apiKey(tenant)).collect(Collectors.joining(",")))
			.requestPartitions(4)
			.settings("-Dspring.kafka.consumer.properties.session.timeout.ms=10000",
					"-Dcareers.documents.orphans.grace-period=" + ORPHAN_GRACE.toSeconds() + "s",
					"-Dcareers.documents.orphans.sweep-interval=2s");
	}

	/** A client of the gateway as {@code tenant}. */
	static Gateway client(LocalStack stack, String tenant) {
		return stack.gateway().withApiKey(apiKey(tenant));
	}

	private static String apiKey(String tenant) {
		return tenant + "-key";
	}

}

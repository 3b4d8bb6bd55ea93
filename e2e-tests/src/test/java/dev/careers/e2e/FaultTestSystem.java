package dev.careers.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.careers.launcher.LaunchOptions;
import dev.careers.launcher.LocalSystem;
import dev.careers.launcher.Ports;
import dev.careers.launcher.ProcessInfo;

/**
 * The local stack as the fault tests start it: one tenant, free ports, lean service JVMs, and four
 * request partitions so that two workers of two consumer threads each all hold partitions.
 */
final class FaultTestSystem {

	static final String API_KEY = "dev-key";

	static final int REQUEST_PARTITIONS = 4;

	private FaultTestSystem() {
	}

	/** Starts the stack with {@code workers} workers; {@code settings} are more service JVM options. */
	static LocalSystem start(Path dataDir, int workers, String... settings) {
		List<String> jvmOptions = new ArrayList<>(List.of(
				// as the other modules' test JVMs: C1 only, a quicker start for a short test
				"-XX:TieredStopAtLevel=1"));
		jvmOptions.addAll(List.of(settings));
		return LocalSystem.start(LaunchOptions.builder(Path.of(System.getProperty("careers.home", "..")))
			.dataDir(dataDir)
			// free ports: a local stack on the standard ones may be running beside the tests
			.ports(Ports.free())
			.tenants("demo=" + API_KEY)
			.workers(workers)
			.serviceHeap("384m")
			.serviceJvmOptions(jvmOptions.toArray(String[]::new))
			.extractionRequestsPartitions(REQUEST_PARTITIONS)
			// four or five Spring Boot services starting at once on a busy 2-core CI machine
			.startupTimeout(Duration.ofMinutes(5))
			.build());
	}

	static Gateway client(LocalSystem system) {
		return Gateway.at(system.gatewayUrl()).withApiKey(API_KEY);
	}

	static ProcessInfo service(LocalSystem system, String name) {
		return system.processes()
			.stream()
			.filter(process -> process.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no process " + name + " in " + system.processes()));
	}

}

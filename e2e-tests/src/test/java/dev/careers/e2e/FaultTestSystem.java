package dev.careers.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import dev.careers.launcher.LaunchOptions;
import dev.careers.launcher.LocalSystem;
import dev.careers.launcher.Ports;
import dev.careers.launcher.ProcessInfo;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The local stack as the fault tests run it, started once per test class and stopped after it:
 * one tenant, free ports, lean service JVMs, and four request partitions so that two workers of
 * two consumer threads each all hold partitions. Register it with
 * {@code @RegisterExtension static final FaultTestSystem stack = FaultTestSystem.withWorkers(n);}.
 */
final class FaultTestSystem implements BeforeAllCallback, AfterAllCallback {

	private static final String API_KEY = "dev-key";

	private static final int REQUEST_PARTITIONS = 4;

	private final int workers;

	private Path dataDir;

	private LocalSystem system;

	private Gateway client;

	private FaultTestSystem(int workers) {
		this.workers = workers;
	}

	static FaultTestSystem withWorkers(int workers) {
		return new FaultTestSystem(workers);
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		// under the temp dir's junit prefix, where CI's leftover-process check looks
		dataDir = Files.createTempDirectory("junit-" + context.getRequiredTestClass().getSimpleName());
		system = LocalSystem.start(LaunchOptions.builder(Path.of(System.getProperty("careers.home", "..")))
			.dataDir(dataDir)
			// free ports: a local stack on the standard ones may be running beside the tests
			.ports(Ports.free())
			.tenants("demo=" + API_KEY)
			.workers(workers)
			.serviceHeap("384m")
			// as the other modules' test JVMs: C1 only, a quicker start for a short test
			.serviceJvmOptions("-XX:TieredStopAtLevel=1")
			.extractionRequestsPartitions(REQUEST_PARTITIONS)
			// four or five Spring Boot services starting at once on a busy 2-core CI machine
			.startupTimeout(Duration.ofMinutes(5))
			.build());
		client = Gateway.at(system.gatewayUrl()).withApiKey(API_KEY);
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		if (system != null) {
			system.stop();
		}
		if (dataDir != null) {
			try (Stream<Path> paths = Files.walk(dataDir)) {
				paths.sorted(Comparator.reverseOrder()).forEach(FaultTestSystem::delete);
			}
		}
	}

	LocalSystem system() {
		return system;
	}

	Gateway client() {
		return client;
	}

	ProcessInfo service(String name) {
		return system.processes()
			.stream()
			.filter(process -> process.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no process " + name + " in " + system.processes()));
	}

	private static void delete(Path path) {
		try {
			Files.delete(path);
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

}

package dev.careers.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.careers.launcher.LaunchOptions;
import dev.careers.launcher.LocalSystem;
import dev.careers.launcher.Ports;
import dev.careers.launcher.ProcessInfo;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole system as the end-to-end tests run it, started once per test class (before its
 * {@code @BeforeAll}) and stopped after it: free ports, a data directory of its own, and lean
 * service JVMs. Register it with
 * {@code @RegisterExtension static final LocalStack stack = LocalStack.withTenants("demo=key");}.
 */
final class LocalStack implements BeforeAllCallback, AfterAllCallback {

	private final String tenants;

	private final int workers;

	private final int requestPartitions;

	private final List<String> settings;

	private Path dataDir;

	private Ports ports;

	private LocalSystem system;

	private Gateway gateway;

	private LocalStack(String tenants, int workers, int requestPartitions, List<String> settings) {
		this.tenants = tenants;
		this.workers = workers;
		this.requestPartitions = requestPartitions;
		this.settings = settings;
	}

	/** One worker and three request partitions; {@code tenants} as {@code id=key,id=key}. */
	static LocalStack withTenants(String tenants) {
		return new LocalStack(tenants, 1, 3, List.of());
	}

	LocalStack workers(int count) {
		return new LocalStack(tenants, count, requestPartitions, settings);
	}

	LocalStack requestPartitions(int count) {
		return new LocalStack(tenants, workers, count, settings);
	}

	/** More service JVM options: the launcher passes them to every service, and each reads only what it binds. */
	LocalStack settings(String... more) {
		return new LocalStack(tenants, workers, requestPartitions, List.of(more));
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		// under the temp dir's junit prefix, where CI's leftover-process check looks
		dataDir = Files.createTempDirectory("junit-" + context.getRequiredTestClass().getSimpleName());
		// free ports: a local stack on the standard ones may be running beside the tests
		ports = Ports.free();
		List<String> jvmOptions = new ArrayList<>();
		// as the other modules' test JVMs: C1 only, a quicker start for a short test
		jvmOptions.add("-XX:TieredStopAtLevel=1");
		jvmOptions.addAll(settings);
		system = LocalSystem.start(LaunchOptions.builder(Path.of(System.getProperty("careers.home", "..")))
			.dataDir(dataDir)
			.ports(ports)
			.tenants(tenants)
			.workers(workers)
			.serviceHeap("384m")
			.serviceJvmOptions(jvmOptions.toArray(String[]::new))
			.extractionRequestsPartitions(requestPartitions)
			// four or five Spring Boot services starting at once on a busy 2-core CI machine
			.startupTimeout(Duration.ofMinutes(5))
			.build());
		gateway = Gateway.at(system.gatewayUrl());
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		if (system != null) {
			system.stop();
		}
		if (dataDir != null) {
			try (Stream<Path> paths = Files.walk(dataDir)) {
				paths.sorted(Comparator.reverseOrder()).forEach(LocalStack::delete);
			}
		}
	}

	LocalSystem system() {
		return system;
	}

	Ports ports() {
		return ports;
	}

	/** The gateway without credentials; {@code withApiKey} makes a tenant's client of it. */
	Gateway gateway() {
		return gateway;
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

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

/** One started stack and the test classes that ran on it. */
final class RunningStack {

	private final LocalStack.Configuration configuration;

	private final Path dataDir;

	private final Ports ports;

	private final LocalSystem system;

	private final Gateway gateway;

	private final List<String> testClasses = new ArrayList<>();

	private RunningStack(LocalStack.Configuration configuration, Path dataDir, Ports ports, LocalSystem system) {
		this.configuration = configuration;
		this.dataDir = dataDir;
		this.ports = ports;
		this.system = system;
		this.gateway = Gateway.at(system.gatewayUrl());
	}

	static RunningStack start(LocalStack.Configuration configuration, Class<?> firstTestClass) {
		// under the temp dir's junit prefix, where CI's leftover-process check looks
		Path dataDir = createDataDir(firstTestClass);
		// free ports: a local stack on the standard ones may be running beside the tests
		Ports ports = Ports.free();
		List<String> jvmOptions = new ArrayList<>();
		// as the other modules' test JVMs: C1 only, a quicker start for a short test
		jvmOptions.add("-XX:TieredStopAtLevel=1");
		jvmOptions.addAll(configuration.settings());
		LaunchOptions options = LaunchOptions.builder(Path.of(System.getProperty("careers.home", "..")))
			.dataDir(dataDir)
			.ports(ports)
			.tenants(configuration.tenants())
			.serviceHeap("384m")
			.serviceJvmOptions(jvmOptions.toArray(String[]::new))
			.extractionRequestsPartitions(configuration.requestPartitions())
			.replicas(configuration.replicas())
			// four or five Spring Boot services starting at once on a busy 2-core machine: with eight
			// builds beside them (a load of 40 to 60), a stack took more than five minutes
			.startupTimeout(Duration.ofMinutes(10))
			// -Dcareers.e2e.documents=s3 runs the stack's documents on S3Proxy instead of a directory
			.documents(LaunchOptions.Documents.parse(System.getProperty("careers.e2e.documents", "directory")))
			.s3Port(Ports.free().gateway())
			.build();
		try {
			return new RunningStack(configuration, dataDir, ports, LocalSystem.start(options));
		}
		catch (RuntimeException failure) {
			// the launcher has stopped what it started; its data goes too
			deleteTree(dataDir);
			throw failure;
		}
	}

	LocalStack.Configuration configuration() {
		return configuration;
	}

	LocalSystem system() {
		return system;
	}

	Ports ports() {
		return ports;
	}

	Gateway gateway() {
		return gateway;
	}

	/** Whether the broker, the database, a worker and every other service still run. */
	boolean isWhole() {
		List<ProcessInfo> processes = system.processes();
		List<String> names = processes.stream().map(ProcessInfo::name).toList();
		return processes.stream().allMatch(ProcessInfo::isAlive) && !system.workers().isEmpty()
				&& names.containsAll(List.of("kafka", "postgres", "import-service", "history-service", "gateway"));
	}

	void usedBy(Class<?> testClass) {
		testClasses.add(testClass.getSimpleName());
	}

	/** Stops every process of the stack and deletes its data; fails if a process outlives the stop. */
	void stop() {
		List<ProcessInfo> processes = system.processes();
		system.stop();
		deleteTree(dataDir);
		List<ProcessInfo> alive = processes.stream().filter(ProcessInfo::isAlive).toList();
		if (!alive.isEmpty()) {
			throw new IllegalStateException("The stack of " + testClasses + " left processes running after it stopped: " + alive);
		}
	}

	private static Path createDataDir(Class<?> testClass) {
		try {
			return Files.createTempDirectory("junit-" + testClass.getSimpleName());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteTree(Path dataDir) {
		try (Stream<Path> paths = Files.walk(dataDir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(RunningStack::delete);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path path) {
		try {
			Files.delete(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

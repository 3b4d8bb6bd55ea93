package dev.careers.launcher;

import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import dev.careers.events.TopicPlan;

/**
 * {@code java -jar deploy/launcher/target/launcher-<version>.jar}: starts the whole system locally and
 * runs until Ctrl-C or SIGTERM, which stop every process it started.
 */
@Command(name = "run-local", sortOptions = false,
		description = { "Starts a Kafka broker, a PostgreSQL and every service as its own process, prints READY and "
				+ "the gateway's URL once all are healthy, and stops them all on Ctrl-C or SIGTERM.",
				"Environment: KAFKA_BOOTSTRAP_SERVERS uses an existing broker; CAREERS_DB_URL, CAREERS_DB_USER and "
						+ "CAREERS_DB_PASSWORD an existing PostgreSQL database; CAREERS_TENANTS the tenants." })
public final class LauncherCommand implements Callable<Integer> {

	@Option(names = "--data", paramLabel = "DIR", defaultValue = ".careers",
			description = "Broker and database data, logs and process ids; a restart keeps the data (default: ${DEFAULT-VALUE}).")
	Path dataDir;

	@Option(names = "--workers", paramLabel = "N", defaultValue = "1",
			description = "Extraction worker processes (default: ${DEFAULT-VALUE}).")
	int workers;

	@Option(names = "--replicas", paramLabel = "N", defaultValue = "1",
			description = "Gateways, import-services and history-services each; replica k takes the first one's port "
					+ "plus 10*(k-1), e.g. gateway-2 on 8090 (default: ${DEFAULT-VALUE}).")
	int replicas;

	@Option(names = "--partitions", paramLabel = "N", defaultValue = "" + TopicPlan.DEFAULT_REQUEST_PARTITIONS,
			description = "Partitions of extraction.requests and extraction.requests.bulk, the cap on busy worker threads (default: ${DEFAULT-VALUE}).")
	int partitions;

	@Option(names = "--home", paramLabel = "DIR", defaultValue = ".",
			description = "The project root, where the service jars are built (default: the current directory).")
	Path home;

	@Option(names = "--gateway-port", paramLabel = "PORT", defaultValue = "8080", description = "Default: ${DEFAULT-VALUE}.")
	int gatewayPort;

	@Option(names = "--import-port", paramLabel = "PORT", defaultValue = "8081", description = "import-service; default: ${DEFAULT-VALUE}.")
	int importPort;

	@Option(names = "--history-port", paramLabel = "PORT", defaultValue = "8082", description = "history-service; default: ${DEFAULT-VALUE}.")
	int historyPort;

	@Option(names = "--worker-port", paramLabel = "PORT", defaultValue = "8083",
			description = "The first worker; more take the next ports (or free ones). Default: ${DEFAULT-VALUE}.")
	int workerPort;

	@Option(names = "--kafka-port", paramLabel = "PORT", defaultValue = "9092",
			description = "The broker's client port; its controller takes the next one. Default: ${DEFAULT-VALUE}.")
	int kafkaPort;

	@Option(names = "--postgres-port", paramLabel = "PORT", defaultValue = "54329", description = "Default: ${DEFAULT-VALUE}.")
	int postgresPort;

	@Option(names = "--documents", paramLabel = "STORE", defaultValue = "directory",
			description = "Where documents live: directory (<data>/documents) or s3 (S3Proxy, an S3-compatible server, "
					+ "as a child process; objects in <data>/s3proxy). Default: ${DEFAULT-VALUE}.")
	String documents;

	@Option(names = "--s3-port", paramLabel = "PORT", defaultValue = "9000",
			description = "S3Proxy, with --documents s3; default: ${DEFAULT-VALUE}.")
	int s3Port;

	@Option(names = "--service-heap", paramLabel = "SIZE", defaultValue = "512m",
			description = "-Xmx of each service process (default: ${DEFAULT-VALUE}).")
	String serviceHeap;

	@Option(names = "--startup-timeout", paramLabel = "SECONDS", defaultValue = "180",
			description = "How long each part may take to come up (default: ${DEFAULT-VALUE}).")
	long startupTimeoutSeconds;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
	boolean help;

	private final Map<String, String> environment;

	private final PrintStream out;

	LauncherCommand(Map<String, String> environment, PrintStream out) {
		this.environment = environment;
		this.out = out;
	}

	public static void main(String[] args) {
		CommandLine commandLine = new CommandLine(new LauncherCommand(System.getenv(), System.out));
		commandLine.setExecutionExceptionHandler((ex, line, parsed) -> {
			line.getErr().println(ex instanceof LaunchException ? "FAILED: " + ex.getMessage() : "FAILED: " + ex);
			return 1;
		});
		System.exit(commandLine.execute(args));
	}

	@Override
	public Integer call() throws InterruptedException {
		LocalSystem system = LocalSystem.start(options());
		// the first gateway first: scripts that read the URL after READY keep working with replicas
		out.println("READY " + String.join(" ", system.gatewayUrls()));
		out.println("API key (tenant " + system.tenantId() + "): " + system.apiKey());
		// the key travels in the fragment, which browsers never send: the UI trades it for a session cookie
		out.println("Open the UI signed in: " + system.gatewayUrl() + "/#key="
				+ URLEncoder.encode(system.apiKey(), StandardCharsets.UTF_8));
		out.println("Logs in " + system.logDir() + ". Ctrl-C stops everything.");
		system.awaitStopped();
		return 0;
	}

	LaunchOptions options() {
		LaunchOptions.Builder options = LaunchOptions.builder(home)
			.dataDir(dataDir)
			.workers(workers)
			.replicas(replicas)
			.extractionRequestsPartitions(partitions)
			.ports(new Ports(gatewayPort, importPort, historyPort, workerPort, kafkaPort, kafkaPort + 1, postgresPort))
			.tenants(environment.getOrDefault("CAREERS_TENANTS", Tenants.DEV))
			.serviceHeap(serviceHeap)
			.documents(LaunchOptions.Documents.parse(documents))
			.s3Port(s3Port)
			.startupTimeout(Duration.ofSeconds(startupTimeoutSeconds));
		ExternalInfrastructure.apply(environment, options);
		return options.build();
	}

}

package dev.careers.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole system on this machine: a Kafka broker and a PostgreSQL (each unless an existing one is
 * given), the topics, then every service as its own OS process. The launcher's command line uses
 * it, and so do the end-to-end and fault tests, which kill workers and restart the broker through
 * it.
 *
 * <pre>
 * try (LocalSystem system = LocalSystem.start(LaunchOptions.builder(home).ports(Ports.free()).build())) {
 *     // call system.gatewayUrl() with system.apiKey()
 * }
 * </pre>
 */
public final class LocalSystem implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LocalSystem.class);

	private final LaunchOptions options;

	private final Path logDir;

	private final PidRegistry pids;

	private final KafkaBroker broker;

	private final EmbeddedDatabase database;

	/** The document store with {@code --documents s3}, else null. */
	private final S3Proxy s3Proxy;

	private final Services services;

	private final Replicas replicas;

	private final String kafkaBootstrapServers;

	private final DatabaseCoordinates serviceDatabase;

	private final Thread stopOnExit = new Thread(this::stop, "careers-launcher-stop");

	private final CountDownLatch stopped = new CountDownLatch(1);

	private boolean stopCalled;

	private LocalSystem(LaunchOptions options, ServiceJars builtJars, PidRegistry pids) {
		this.options = options;
		this.pids = pids;
		this.logDir = freshLogDir(options.dataDir());
		JavaCommand java = JavaCommand.of(WatchdogAgent.install(options.dataDir()));
		Ports ports = options.ports();
		this.broker = options.externalKafka().isPresent() ? null : new KafkaBroker(options.dataDir().resolve("kafka"),
				ports.kafka(), ports.kafkaController(), java, pids, logDir.resolve("kafka.log"));
		this.database = options.externalDatabase().isPresent() ? null : new EmbeddedDatabase(
				options.dataDir().resolve("postgres"), ports.postgres(), logDir.resolve("postgres.log"), pids);
		this.s3Proxy = options.documents() == LaunchOptions.Documents.S3 ? new S3Proxy(S3Proxy.jarIn(options.home()),
				options.dataDir().resolve("s3proxy"), options.s3Port(), java, pids, logDir.resolve("s3proxy.log")) : null;
		this.kafkaBootstrapServers = broker != null ? broker.bootstrapServers() : options.externalKafka().get();
		this.serviceDatabase = database != null ? database.database(DatabaseSetup.DATABASE)
				: options.externalDatabase().get();
		ServiceJars jars = builtJars.copyTo(options.dataDir().resolve("jars"));
		this.replicas = Replicas.of(ports, options.replicas());
		this.services = new Services(options, jars, java,
				new ServiceEnvironment(options, kafkaBootstrapServers, serviceDatabase, replicas,
						s3Proxy != null ? s3Proxy.endpoint() : null),
				replicas, pids, logDir);
	}

	/**
	 * Starts everything and returns once every service reports UP. On failure, stops what it started
	 * and throws a {@link LaunchException} that names the part and shows the end of its log.
	 */
	public static LocalSystem start(LaunchOptions options) {
		createDirectories(options.dataDir());
		ServiceJars jars = ServiceJars.built(options.home()).requireAll();
		// the lock first: the logs and jars of a launcher still running on this directory are not ours
		PidRegistry pids = PidRegistry.open(options.dataDir());
		LocalSystem system;
		try {
			system = new LocalSystem(options, jars, pids);
		}
		catch (RuntimeException ex) {
			pids.close();
			throw ex;
		}
		Runtime.getRuntime().addShutdownHook(system.stopOnExit);
		try {
			system.startAll();
			return system;
		}
		catch (RuntimeException ex) {
			system.stop();
			throw ex;
		}
	}

	/** The first gateway's URL. */
	public String gatewayUrl() {
		return ServiceEnvironment.localUrl(options.ports().gateway());
	}

	/** Every gateway replica's URL, the first one first. */
	public List<String> gatewayUrls() {
		return replicas.of(Service.GATEWAY).stream().map(replica -> ServiceEnvironment.localUrl(replica.port())).toList();
	}

	/** The API key of the first configured tenant ({@code dev-key} of {@code demo} by default). */
	public String apiKey() {
		return options.parsedTenants().first().apiKey();
	}

	public String tenantId() {
		return options.parsedTenants().first().id();
	}

	public String kafkaBootstrapServers() {
		return kafkaBootstrapServers;
	}

	/** The database the services use (each in its own schema). */
	public DatabaseCoordinates database() {
		return serviceDatabase;
	}

	public Path logDir() {
		return logDir;
	}

	/** Every process the launcher runs now: services, and the broker and database it started. */
	public List<ProcessInfo> processes() {
		List<ProcessInfo> all = new ArrayList<>(services.all());
		if (broker != null) {
			all.add(broker.info());
		}
		if (s3Proxy != null) {
			all.add(s3Proxy.info());
		}
		if (database != null) {
			all.add(database.info());
		}
		return all.stream().filter(Objects::nonNull).toList();
	}

	public List<ProcessInfo> workers() {
		return services.workers();
	}

	/** Starts one more worker on a free port and returns once it is UP. */
	public ProcessInfo startWorker() {
		return services.startWorker();
	}

	/** Kills the {@code index}-th running worker with SIGKILL, mid-work, as a crash would. */
	public ProcessInfo killWorker(int index) {
		return services.killWorker(index);
	}

	/**
	 * Stops the {@code index}-th running worker gracefully (SIGTERM, as a scale-down would) and
	 * returns once it has exited: it finishes or hands back the records in hand.
	 */
	public ProcessInfo stopWorker(int index) {
		return services.stopWorker(index);
	}

	/**
	 * Kills the service process {@code name} ({@code import-service}, {@code history-service-2}, ...)
	 * with SIGKILL, mid-work, as a crash would; {@link #startService} starts it again.
	 */
	public ProcessInfo killService(String name) {
		return services.killService(name);
	}

	/** Starts the service {@code name}, killed before, again on its port and returns once it is UP. */
	public ProcessInfo startService(String name) {
		return services.startAgain(name);
	}

	/** The directory of the documents (import-service writes, workers read), unless they are on S3. */
	public Optional<Path> documentDirectory() {
		return options.documents() == LaunchOptions.Documents.DIRECTORY
				? Optional.of(ServiceEnvironment.documentDirectory(options)) : Optional.empty();
	}

	public void stopBroker() {
		requireEmbedded(broker, "Kafka");
		broker.stop();
	}

	/** Starts the stopped broker again on the same port and data: topics and records are kept. */
	public void startBroker() {
		requireEmbedded(broker, "Kafka");
		broker.start(options.startupTimeout());
		TopicProvisioner.ensure(kafkaBootstrapServers, TopicProvisioner.plan(options.extractionRequestsPartitions()),
				options.startupTimeout());
	}

	public void restartBroker() {
		stopBroker();
		startBroker();
	}

	public void stopDatabase() {
		requireEmbedded(database, "PostgreSQL");
		database.stop();
	}

	/** Starts the stopped database again on the same port and data. */
	public void startDatabase() {
		requireEmbedded(database, "PostgreSQL");
		database.start();
	}

	public void restartDatabase() {
		stopDatabase();
		startDatabase();
	}

	/**
	 * Stops the services (gracefully, all at once), then the broker, then the database; idempotent.
	 * Runs by itself when the JVM exits (Ctrl-C, SIGTERM).
	 */
	public void stop() {
		synchronized (this) {
			if (stopCalled) {
				return;
			}
			stopCalled = true;
		}
		log.info("Stopping the local system");
		try {
			services.stopAll();
			if (s3Proxy != null) {
				s3Proxy.stop();
			}
			if (broker != null) {
				broker.stop();
			}
			if (database != null) {
				database.stop();
			}
			pids.close();
			log.info("Stopped");
		}
		finally {
			stopped.countDown();
			removeShutdownHook();
		}
	}

	@Override
	public void close() {
		stop();
	}

	/** Blocks until {@link #stop()} has run (from a shutdown hook, say). */
	public void awaitStopped() throws InterruptedException {
		stopped.await();
	}

	/**
	 * Starts each part as soon as what it needs is up, so that their JVMs start side by side: the
	 * broker, the database and S3Proxy (with {@code --documents s3}) together, the gateways once the
	 * database is there (sessions, tenants and rate limits live in it), the workers once the broker,
	 * the topics and the document store are there, import-service and history-service once the
	 * database is there too.
	 */
	private void startAll() {
		requireFreePorts();
		CompletableFuture<Void> kafkaAndDocuments = CompletableFuture.runAsync(this::startKafka)
			.runAfterBoth(CompletableFuture.runAsync(this::startDocumentStore), () -> {
			});
		CompletableFuture<Void> database = CompletableFuture.runAsync(this::startDatabaseWithSchemas);
		CompletableFuture<Void> gateways = database.thenRun(() -> startServices(services::startGateways));
		CompletableFuture<Void> workers = kafkaAndDocuments.thenRun(() -> startServices(services::startWorkers));
		CompletableFuture<Void> importAndHistory = kafkaAndDocuments.runAfterBoth(database,
				() -> startServices(services::startImportAndHistory));
		try {
			CompletableFuture.allOf(gateways, workers, importAndHistory).join();
		}
		catch (CompletionException ex) {
			// the broker and the database have both ended by now: import-service and history-service wait for both
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
		services.awaitAllUp();
	}

	private void startServices(Runnable start) {
		if (isStopping()) {
			throw new LaunchException("Stopped while starting");
		}
		start.run();
	}

	private synchronized boolean isStopping() {
		return stopCalled;
	}

	private void startKafka() {
		if (broker != null) {
			broker.start(options.startupTimeout());
		}
		else {
			log.info("Using Kafka at {}", kafkaBootstrapServers);
		}
		TopicProvisioner.ensure(kafkaBootstrapServers, TopicProvisioner.plan(options.extractionRequestsPartitions()),
				options.startupTimeout());
	}

	private void startDocumentStore() {
		if (s3Proxy != null) {
			s3Proxy.start(options.startupTimeout());
		}
	}

	private void startDatabaseWithSchemas() {
		if (database != null) {
			database.start();
			DatabaseSetup.createDatabaseIfMissing(database.server(), DatabaseSetup.DATABASE);
		}
		else {
			log.info("Using PostgreSQL at {}", serviceDatabase.jdbcUrl());
		}
		List<String> schemas = Arrays.stream(Service.values()).filter(Service::ownsSchema).map(Service::schema).toList();
		DatabaseSetup.createSchemasIfMissing(serviceDatabase, schemas);
	}

	private void requireFreePorts() {
		Ports ports = options.ports();
		Stream<int[]> wanted = Stream.of(new int[] { ports.gateway() }, new int[] { ports.importService() },
				new int[] { ports.historyService() }, new int[] { ports.worker() },
				broker != null ? new int[] { ports.kafka(), ports.kafkaController() } : new int[0],
				database != null ? new int[] { ports.postgres() } : new int[0],
				s3Proxy != null ? new int[] { s3Proxy.port() } : new int[0]);
		List<Integer> busy = wanted.flatMapToInt(Arrays::stream).filter(port -> !Ports.isFree(port)).boxed().toList();
		if (!busy.isEmpty()) {
			throw new LaunchException("Ports " + busy + " are in use: is another local stack running? "
					+ "Stop it, or choose other ports (see --help)");
		}
	}

	private void removeShutdownHook() {
		try {
			Runtime.getRuntime().removeShutdownHook(stopOnExit);
		}
		catch (IllegalStateException ex) {
			// the JVM is already shutting down: this very hook may be what is running
		}
	}

	private static void requireEmbedded(Object part, String name) {
		if (part == null) {
			throw new IllegalStateException(name + " is an existing one, not started by the launcher");
		}
	}

	private static Path freshLogDir(Path dataDir) {
		Path logDir = dataDir.resolve("logs");
		try {
			Files.createDirectories(logDir);
			try (Stream<Path> logs = Files.list(logDir)) {
				for (Path old : logs.filter(file -> file.toString().endsWith(".log")).toList()) {
					Files.delete(old);
				}
			}
			return logDir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not prepare " + logDir, ex);
		}
	}

	private static void createDirectories(Path dir) {
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create " + dir, ex);
		}
	}

}

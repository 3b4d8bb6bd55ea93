package dev.careers.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service processes: each from its own jar, its output in {@code <data>/logs/<name>.log},
 * healthy when its {@code /actuator/health} says UP.
 */
final class Services {

	private static final Logger log = LoggerFactory.getLogger(Services.class);

	private static final Duration GRACEFUL_STOP = Duration.ofSeconds(30);

	/** The worker's grace period in compose and on Kubernetes: longer than its 100 s shutdown phase. */
	private static final Duration WORKER_GRACEFUL_STOP = Duration.ofSeconds(120);

	private final LaunchOptions options;

	private final ServiceJars jars;

	private final JavaCommand java;

	private final ServiceEnvironment environment;

	private final Replicas replicas;

	private final PidRegistry pids;

	private final Path logDir;

	private final HealthProbe health = new HealthProbe();

	private final List<RunningService> running = new CopyOnWriteArrayList<>();

	/** Services killed by {@link #killService}, by name, to be started again where they ran. */
	private final Map<String, RunningService> killed = new ConcurrentHashMap<>();

	private int workersStarted;

	private volatile boolean stopping;

	/** @param replica which replica of its service (from 0); 0 for a worker */
	record RunningService(Service service, String name, int port, int replica, ChildProcess process) {

		ProcessInfo info() {
			return new ProcessInfo(name, process.pid(), port);
		}

	}

	Services(LaunchOptions options, ServiceJars jars, JavaCommand java, ServiceEnvironment environment,
			Replicas replicas, PidRegistry pids, Path logDir) {
		this.options = options;
		this.jars = jars;
		this.java = java;
		this.environment = environment;
		this.replicas = replicas;
		this.pids = pids;
		this.logDir = logDir;
	}

	/** Starts the gateways: they need the database, not the broker, and their health does not ask the services. */
	synchronized void startGateways() {
		startReplicas(Service.GATEWAY);
	}

	/** Starts the workers: they need the broker and its topics, not the database. */
	synchronized void startWorkers() {
		for (int i = 0; i < options.workers(); i++) {
			startNextWorker();
		}
	}

	/** Starts import-service and history-service: they need the broker, the topics and their schemas. */
	synchronized void startImportAndHistory() {
		startReplicas(Service.IMPORT_SERVICE);
		startReplicas(Service.HISTORY_SERVICE);
	}

	/** Waits until every service started so far reports UP. */
	void awaitAllUp() {
		awaitUp(List.copyOf(running));
	}

	synchronized ProcessInfo startWorker() {
		RunningService worker = startNextWorker();
		awaitUp(List.of(worker));
		return worker.info();
	}

	/** Kills the {@code index}-th running worker with SIGKILL, as a crash would, and forgets it. */
	synchronized ProcessInfo killWorker(int index) {
		RunningService worker = runningWorkers().get(index);
		kill(worker);
		return worker.info();
	}

	/**
	 * Kills the running service {@code name} (import-service, gateway-2, ...) with SIGKILL, as a
	 * crash would; {@link #startAgain} starts it again on its port.
	 */
	synchronized ProcessInfo killService(String name) {
		RunningService service = running.stream()
			.filter(candidate -> candidate.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No running service " + name + " in " + all()));
		kill(service);
		killed.put(name, service);
		return service.info();
	}

	/** Starts the killed service {@code name} again with its port and environment; returns once it is UP. */
	synchronized ProcessInfo startAgain(String name) {
		RunningService before = killed.remove(name);
		if (before == null) {
			throw new IllegalArgumentException("No killed service " + name);
		}
		RunningService started = start(before.service(), name, before.port(), before.replica());
		awaitUp(List.of(started));
		return started.info();
	}

	private void kill(RunningService service) {
		running.remove(service);
		log.info("Killing {} (pid {})", service.name(), service.process().pid());
		service.process().kill();
		pids.unregister(service.process().pid());
	}

	/**
	 * Stops the {@code index}-th running worker as an orchestrator scaling down would: SIGTERM, and
	 * SIGKILL only if it is still running after its grace period. Returns once it has exited.
	 */
	synchronized ProcessInfo stopWorker(int index) {
		RunningService worker = runningWorkers().get(index);
		running.remove(worker);
		log.info("Stopping {} (pid {})", worker.name(), worker.process().pid());
		worker.process().stop(WORKER_GRACEFUL_STOP);
		pids.unregister(worker.process().pid());
		return worker.info();
	}

	List<ProcessInfo> workers() {
		return runningWorkers().stream().map(RunningService::info).toList();
	}

	List<ProcessInfo> all() {
		return running.stream().map(RunningService::info).toList();
	}

	/** Stops every service at once, each gracefully (SIGTERM, then SIGKILL after 30s). */
	void stopAll() {
		stopping = true;
		List<CompletableFuture<Void>> stops = running.stream()
			.map(service -> CompletableFuture.runAsync(() -> stop(service)))
			.toList();
		CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).join();
	}

	private void stop(RunningService service) {
		service.process().stop(GRACEFUL_STOP);
		running.remove(service);
		pids.unregister(service.process().pid());
	}

	private List<RunningService> runningWorkers() {
		return running.stream().filter(service -> service.service() == Service.EXTRACTION_WORKER).toList();
	}

	private RunningService startNextWorker() {
		workersStarted++;
		return start(Service.EXTRACTION_WORKER, "extraction-worker-" + workersStarted, nextWorkerPort());
	}

	/** The ports after the first worker's (8084, 8085, ...: what a static scrape config lists), else a free one. */
	private int nextWorkerPort() {
		int sequential = options.ports().worker() + workersStarted - 1;
		boolean taken = running.stream().anyMatch(service -> service.port() == sequential) || replicas.uses(sequential);
		return workersStarted == 1 || (!taken && Ports.isFree(sequential)) ? sequential : Ports.freePort();
	}

	private void startReplicas(Service service) {
		List<Replicas.Replica> all = replicas.of(service);
		for (int index = 0; index < all.size(); index++) {
			start(service, all.get(index).name(), all.get(index).port(), index);
		}
	}

	private RunningService start(Service service, String name, int port) {
		return start(service, name, port, 0);
	}

	private RunningService start(Service service, String name, int port, int replica) {
		if (stopping) {
			throw new LaunchException("Stopped before " + name + " was started");
		}
		Path logFile = logDir.resolve(name + ".log");
		ChildProcess process = ChildProcess.start(name, java.jar(jars.jar(service), options.serviceHeap(), service.jvmOptions(options.serviceJvmOptions())),
				environment.forService(service, port, replica), logFile);
		pids.register(name, process.handle());
		RunningService started = new RunningService(service, name, port, replica, process);
		running.add(started);
		process.onExit().thenAccept(exited -> reportUnexpectedExit(started, exited.exitValue()));
		log.info("Starting {} on port {} (pid {}, log: {})", name, port, process.pid(), logFile);
		return started;
	}

	private void reportUnexpectedExit(RunningService service, int exitCode) {
		if (!stopping && running.contains(service)) {
			log.warn("{} exited with code {}: see {}", service.name(), exitCode, service.process().logFile());
		}
	}

	private void awaitUp(List<RunningService> services) {
		long startedAt = System.nanoTime();
		long deadline = startedAt + options.startupTimeout().toNanos();
		List<RunningService> pending = new ArrayList<>(services);
		while (!pending.isEmpty()) {
			if (stopping) {
				throw new LaunchException("Stopped (Ctrl-C or SIGTERM) before every service was up");
			}
			for (RunningService service : List.copyOf(pending)) {
				if (!service.process().isAlive()) {
					throw new LaunchException(service.name() + " exited with code " + service.process().exitValue()
							+ " while starting. Last lines of " + service.process().logFile() + ":\n"
							+ service.process().logTail(40));
				}
				if (health.isUp(service.port())) {
					pending.remove(service);
					log.info("{} is UP after {}s", service.name(), Duration.ofNanos(System.nanoTime() - startedAt).toSeconds());
				}
			}
			if (!pending.isEmpty() && System.nanoTime() > deadline) {
				RunningService late = pending.get(0);
				throw new LaunchException(late.name() + " did not report UP on http://localhost:" + late.port()
						+ "/actuator/health within " + options.startupTimeout().toSeconds() + "s (still starting: "
						+ pending.stream().map(RunningService::name).toList() + "). Last lines of "
						+ late.process().logFile() + ":\n" + late.process().logTail(40));
			}
			if (!pending.isEmpty()) {
				pause();
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LaunchException("Interrupted while waiting for the services", ex);
		}
	}

}

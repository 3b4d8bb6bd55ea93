package dev.careers.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local Kafka broker: {@code kafka.Kafka} from the kafka_2.13 jars as a child process, its data
 * under {@code <data>/kafka}, its log in {@code <data>/logs/kafka.log}. The storage is formatted on
 * the first start only, so a restart keeps the topics and their records.
 */
final class KafkaBroker {

	private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);

	private static final String HEAP = "512m";

	// Kafka logs through slf4j; this logback file (in the launcher jar) keeps it at INFO, in its log file
	private static final String LOGGING = "-Dlogback.configurationFile=careers-kafka-logback.xml";

	private final Path directory;

	private final int port;

	private final int controllerPort;

	private final JavaCommand java;

	private final PidRegistry pids;

	private final Path logFile;

	private volatile ChildProcess process;

	KafkaBroker(Path directory, int port, int controllerPort, JavaCommand java, PidRegistry pids, Path logFile) {
		this.directory = directory;
		this.port = port;
		this.controllerPort = controllerPort;
		this.java = java;
		this.pids = pids;
		this.logFile = logFile;
	}

	String bootstrapServers() {
		return "localhost:" + port;
	}

	synchronized void start(Duration timeout) {
		if (process != null && process.isAlive()) {
			return;
		}
		Path config = writeConfig();
		if (!Files.exists(dataDir().resolve("meta.properties"))) {
			format(config);
		}
		log.info("Starting Kafka on {} (log: {})", bootstrapServers(), logFile);
		process = ChildProcess.start("kafka", java.mainClass(JvmClasspath.current(), HEAP, List.of(LOGGING),
				"kafka.Kafka", List.of(config.toString())), Map.of(), logFile);
		pids.register(process.name(), process.handle());
		process.awaitListening(port, timeout);
	}

	synchronized void stop() {
		if (process == null) {
			return;
		}
		log.info("Stopping Kafka");
		process.stop(Duration.ofSeconds(30));
		pids.unregister(process.pid());
		process = null;
	}

	boolean isRunning() {
		ChildProcess current = process;
		return current != null && current.isAlive();
	}

	ProcessInfo info() {
		ChildProcess current = process;
		return current == null ? null : new ProcessInfo(current.name(), current.pid(), port);
	}

	private Path dataDir() {
		return directory.resolve("data");
	}

	private Path writeConfig() {
		try {
			Files.createDirectories(dataDir());
			Path config = directory.resolve("server.properties");
			Files.writeString(config, BrokerConfig.render(BrokerConfig.properties(port, controllerPort, dataDir())));
			return config;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the broker configuration in " + directory, ex);
		}
	}

	private void format(Path config) {
		String clusterId = Uuid.randomUuid().toString();
		log.info("Formatting Kafka storage in {} (cluster {})", dataDir(), clusterId);
		ChildProcess format = ChildProcess.start("kafka-storage-format",
				java.mainClass(JvmClasspath.current(), "256m", List.of(LOGGING), "kafka.tools.StorageTool",
						List.of("format", "--cluster-id", clusterId, "--config", config.toString())),
				Map.of(), logFile);
		if (!format.waitFor(Duration.ofMinutes(1)) || format.exitValue() != 0) {
			format.kill();
			throw new LaunchException("Could not format the Kafka storage in " + dataDir() + ". Last lines of "
					+ logFile + ":\n" + format.logTail(30));
		}
	}

}

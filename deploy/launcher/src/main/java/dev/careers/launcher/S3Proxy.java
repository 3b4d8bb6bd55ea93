package dev.careers.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local S3-compatible document store of {@code --documents s3}: S3Proxy on its filesystem
 * backend, as a child process on its own jar (copied beside the launcher's by the build, never on
 * its class path), its objects under {@code <data>/s3proxy/data}, its log in
 * {@code <data>/logs/s3proxy.log}. A restart keeps the objects.
 */
final class S3Proxy {

	static final String BUCKET = "careers-documents";

	static final String ACCESS_KEY = "careers-local";

	static final String SECRET_KEY = "careers-local-secret";

	private static final Logger log = LoggerFactory.getLogger(S3Proxy.class);

	private static final String HEAP = "128m";

	private final Path jar;

	private final Path directory;

	private final int port;

	private final JavaCommand java;

	private final PidRegistry pids;

	private final Path logFile;

	private volatile ChildProcess process;

	S3Proxy(Path jar, Path directory, int port, JavaCommand java, PidRegistry pids, Path logFile) {
		this.jar = jar;
		this.directory = directory;
		this.port = port;
		this.java = java;
		this.pids = pids;
		this.logFile = logFile;
	}

	/** Where the build puts S3Proxy's jar: {@code deploy/launcher/target/s3proxy/s3proxy.jar}. */
	static Path jarIn(Path home) {
		return home.resolve("deploy").resolve("launcher").resolve("target").resolve("s3proxy").resolve("s3proxy.jar");
	}

	String endpoint() {
		return "http://127.0.0.1:" + port;
	}

	int port() {
		return port;
	}

	synchronized void start(Duration timeout) {
		if (process != null && process.isAlive()) {
			return;
		}
		if (!Files.isRegularFile(jar)) {
			throw new LaunchException("S3Proxy's jar is missing (" + jar + "): build the launcher with ./run-local or "
					+ "./mvnw -pl deploy/launcher -am package");
		}
		Path config = writeConfig();
		log.info("Starting S3Proxy on {} (log: {})", endpoint(), logFile);
		process = ChildProcess.start("s3proxy", java.jar(jar, HEAP, List.of(), List.of("--properties", config.toString())),
				Map.of(), logFile);
		pids.register(process.name(), process.handle());
		process.awaitListening(port, timeout);
	}

	synchronized void stop() {
		if (process == null) {
			return;
		}
		log.info("Stopping S3Proxy");
		process.stop(Duration.ofSeconds(10));
		pids.unregister(process.pid());
		process = null;
	}

	ProcessInfo info() {
		ChildProcess current = process;
		return current == null ? null : new ProcessInfo(current.name(), current.pid(), port);
	}

	private Path writeConfig() {
		try {
			Path data = Files.createDirectories(directory.resolve("data"));
			Path config = directory.resolve("s3proxy.properties");
			Files.write(config, List.of("s3proxy.endpoint=" + endpoint(), "s3proxy.authorization=aws-v2-or-v4",
					"s3proxy.identity=" + ACCESS_KEY, "s3proxy.credential=" + SECRET_KEY,
					"jclouds.provider=filesystem", "jclouds.filesystem.basedir=" + data));
			return config;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the S3Proxy configuration in " + directory, ex);
		}
	}

}

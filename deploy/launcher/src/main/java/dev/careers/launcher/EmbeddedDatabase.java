package dev.careers.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.ArchUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local PostgreSQL 17: zonky's embedded binaries (from Maven Central), its cluster kept in
 * {@code <data>/postgres} so a restart keeps the data, on a fixed port, its log in
 * {@code <data>/logs/postgres.log}.
 */
final class EmbeddedDatabase {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	static final String SUPERUSER = "postgres";

	private final Path directory;

	private final int port;

	private final Path logFile;

	private final PidRegistry pids;

	private volatile EmbeddedPostgres postgres;

	EmbeddedDatabase(Path directory, int port, Path logFile, PidRegistry pids) {
		this.directory = directory;
		this.port = port;
		this.logFile = logFile;
		this.pids = pids;
	}

	/** The server's maintenance database, where databases are created. */
	DatabaseCoordinates server() {
		return database("postgres");
	}

	DatabaseCoordinates database(String name) {
		// zonky's cluster trusts local connections; the password is only there for clients that insist
		return new DatabaseCoordinates("jdbc:postgresql://localhost:" + port + "/" + name, SUPERUSER, SUPERUSER);
	}

	synchronized void start() {
		if (postgres != null) {
			return;
		}
		log.info("Starting PostgreSQL on port {} (data: {}, log: {})", port, directory, logFile);
		try {
			Files.createDirectories(directory);
			ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(logFile.toFile());
			postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setPort(port)
				// zonky turns this off for speed; an acknowledged upload must survive a database crash
				.setServerConfig("synchronous_commit", "on")
				.setPGStartupWait(Duration.ofMinutes(1))
				.setRegisterShutdownHook(false)
				.setOutputRedirector(toLog)
				.setErrorRedirector(toLog)
				.setPgBinaryResolver(EmbeddedDatabase::firstBinariesOnClassPath)
				.start();
		}
		catch (IOException | RuntimeException ex) {
			throw new LaunchException("PostgreSQL did not start on port " + port + ". Last lines of " + logFile + ":\n"
					+ ChildProcess.tail(logFile, 30), ex);
		}
		postmaster().ifPresent(process -> pids.register("postgres", process));
	}

	synchronized void stop() {
		if (postgres == null) {
			return;
		}
		log.info("Stopping PostgreSQL");
		Optional<ProcessHandle> postmaster = postmaster();
		try {
			postgres.close();
		}
		catch (IOException ex) {
			log.warn("PostgreSQL did not stop cleanly: {}", ex.getMessage());
		}
		postmaster.ifPresent(EmbeddedDatabase::awaitGone);
		postmaster.ifPresent(process -> pids.unregister(process.pid()));
		postgres = null;
	}

	boolean isRunning() {
		return postgres != null;
	}

	ProcessInfo info() {
		return postmaster().map(process -> new ProcessInfo("postgres", process.pid(), port)).orElse(null);
	}

	/** The server process (pg_ctl detaches it from the launcher, so it is found by its pid file). */
	Optional<ProcessHandle> postmaster() {
		Path pidFile = directory.resolve("postmaster.pid");
		try {
			List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
			return lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + pidFile, ex);
		}
	}

	private static void awaitGone(ProcessHandle postmaster) {
		try {
			postmaster.onExit().get(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			log.warn("PostgreSQL (pid {}) still runs 30s after the stop request: killing it", postmaster.pid());
			postmaster.destroyForcibly();
		}
	}

	/**
	 * zonky refuses binaries that its class loader finds twice. In a reactor build the end-to-end
	 * tests see the same binaries jar twice: on their Maven class path and through the launcher jar's
	 * manifest ({@code lib/}). The copies are the same file, so the first one is taken.
	 */
	private static InputStream firstBinariesOnClassPath(String system, String machineHardware) throws IOException {
		String name = ("postgres-" + system + "-" + ArchUtils.normalize(machineHardware) + ".txz").replace(' ', '_')
			.toLowerCase(Locale.ROOT);
		InputStream binaries = EmbeddedDatabase.class.getClassLoader().getResourceAsStream(name);
		if (binaries == null) {
			throw new IOException("No PostgreSQL binaries " + name + " on the class path");
		}
		return binaries;
	}

}

package dev.careers.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One OS process started by the launcher, its output in a log file. Stopping it stops its whole
 * process tree: politely (SIGTERM, so a Spring Boot service shuts down gracefully), then by force.
 */
final class ChildProcess {

	private final String name;

	private final Process process;

	private final Path logFile;

	private ChildProcess(String name, Process process, Path logFile) {
		this.name = name;
		this.process = process;
		this.logFile = logFile;
	}

	/** Output is appended to {@code logFile}, so a restarted process keeps its earlier lines. */
	static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path logFile) {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
		builder.environment().putAll(environment);
		try {
			return new ChildProcess(name, builder.start(), logFile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + name + ": " + String.join(" ", command), ex);
		}
	}

	String name() {
		return name;
	}

	long pid() {
		return process.pid();
	}

	ProcessHandle handle() {
		return process.toHandle();
	}

	boolean isAlive() {
		return process.isAlive();
	}

	int exitValue() {
		return process.exitValue();
	}

	Path logFile() {
		return logFile;
	}

	/** Completes when the process has ended, whoever ended it. */
	CompletableFuture<Process> onExit() {
		return process.onExit();
	}

	/** Waits for the process to end by itself, for at most {@code timeout}; answers whether it did. */
	boolean waitFor(Duration timeout) {
		try {
			return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** SIGTERM to the tree, then SIGKILL to whatever still runs after {@code grace}. */
	void stop(Duration grace) {
		List<ProcessHandle> tree = tree();
		tree.forEach(ProcessHandle::destroy);
		long deadline = System.nanoTime() + grace.toNanos();
		for (ProcessHandle member : tree) {
			awaitExit(member, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
		}
		kill();
	}

	/** SIGKILL to the tree at once, as a crash would. */
	void kill() {
		List<ProcessHandle> tree = tree();
		tree.forEach(ProcessHandle::destroyForcibly);
		tree.forEach(member -> awaitExit(member, Duration.ofSeconds(10)));
	}

	/**
	 * Returns once the process accepts connections on {@code port}; throws a {@link LaunchException}
	 * with the end of its log when it exits first, or does not listen within {@code timeout}.
	 */
	void awaitListening(int port, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!isAlive()) {
				throw new LaunchException(name + " exited with code " + exitValue() + " while starting. Last lines of "
						+ logFile + ":\n" + logTail(30));
			}
			if (accepts(port)) {
				return;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new LaunchException("Interrupted while waiting for " + name, ex);
			}
		}
		throw new LaunchException(name + " did not listen on port " + port + " within " + timeout.toSeconds()
				+ "s. Last lines of " + logFile + ":\n" + logTail(30));
	}

	static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("localhost", port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** The last {@code lines} lines of the process's output, to say why it failed. */
	String logTail(int lines) {
		return tail(logFile, lines);
	}

	static String tail(Path file, int lines) {
		if (!Files.isReadable(file)) {
			return "(no output in " + file + ")";
		}
		Deque<String> last = new ArrayDeque<>(lines);
		// a reader, not Files.lines: it replaces malformed bytes instead of failing on them
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (last.size() == lines) {
					last.removeFirst();
				}
				last.addLast(line);
			}
		}
		catch (IOException ex) {
			return "(could not read " + file + ": " + ex.getMessage() + ")";
		}
		return String.join(System.lineSeparator(), last);
	}

	private List<ProcessHandle> tree() {
		return Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
	}

	private static void awaitExit(ProcessHandle member, Duration timeout) {
		try {
			member.onExit().get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			// still running after its time: the caller escalates
		}
	}

	@Override
	public String toString() {
		return name + " (pid " + pid() + ")";
	}

}

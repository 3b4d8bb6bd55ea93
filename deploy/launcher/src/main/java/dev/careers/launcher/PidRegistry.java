package dev.careers.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The processes a launcher started, recorded in its data directory, and the lock that makes it the
 * only launcher there. A launcher that died without stopping its children (kill -9) leaves the
 * record behind; the next launcher on the same directory stops those leftovers before it starts.
 */
final class PidRegistry implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PidRegistry.class);

	private final Path file;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private final Map<Long, Entry> entries = new LinkedHashMap<>();

	record Entry(long pid, long startedAtMillis, String name) {

		static Entry parse(String line) {
			String[] parts = line.split(" ", 3);
			return new Entry(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2]);
		}

		String line() {
			return pid + " " + startedAtMillis + " " + name;
		}

		/** The live process this entry names; a recycled pid (another start time) is not it. */
		Optional<ProcessHandle> process() {
			return ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.filter(handle -> startMillis(handle) == startedAtMillis);
		}

	}

	private PidRegistry(Path file, FileChannel lockChannel, FileLock lock) {
		this.file = file;
		this.lockChannel = lockChannel;
		this.lock = lock;
	}

	static PidRegistry open(Path dataDir) {
		Path lockFile = dataDir.resolve("launcher.lock");
		FileChannel channel = null;
		try {
			channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			if (lock == null) {
				throw alreadyRunning(dataDir);
			}
			PidRegistry registry = new PidRegistry(dataDir.resolve("launcher.pids"), channel, lock);
			registry.stopLeftovers();
			return registry;
		}
		catch (OverlappingFileLockException ex) {
			closeQuietly(channel);
			throw alreadyRunning(dataDir);
		}
		catch (IOException ex) {
			closeQuietly(channel);
			throw new UncheckedIOException("Could not lock " + lockFile, ex);
		}
		catch (RuntimeException ex) {
			closeQuietly(channel);
			throw ex;
		}
	}

	synchronized void register(String name, ProcessHandle process) {
		entries.put(process.pid(), new Entry(process.pid(), startMillis(process), name));
		write();
	}

	synchronized void unregister(long pid) {
		if (entries.remove(pid) != null) {
			write();
		}
	}

	@Override
	public synchronized void close() {
		try {
			Files.deleteIfExists(file);
			lock.release();
		}
		catch (IOException ex) {
			log.warn("Could not release {}: {}", file, ex.getMessage());
		}
		finally {
			closeQuietly(lockChannel);
		}
	}

	private void stopLeftovers() throws IOException {
		if (!Files.exists(file)) {
			return;
		}
		for (String line : Files.readAllLines(file)) {
			if (!line.isBlank()) {
				Entry entry = Entry.parse(line);
				entry.process().ifPresent(process -> stopLeftover(entry, process));
			}
		}
		Files.delete(file);
	}

	private static void stopLeftover(Entry entry, ProcessHandle process) {
		log.info("Stopping {} (pid {}), left running by an earlier launcher", entry.name(), entry.pid());
		List<ProcessHandle> tree = process.descendants().toList();
		process.destroy();
		tree.forEach(ProcessHandle::destroy);
		if (!awaitExit(process, Duration.ofSeconds(30))) {
			process.destroyForcibly();
			tree.forEach(ProcessHandle::destroyForcibly);
			awaitExit(process, Duration.ofSeconds(10));
		}
	}

	private static boolean awaitExit(ProcessHandle process, Duration timeout) {
		try {
			process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (Exception ex) {
			return false;
		}
	}

	private void write() {
		try {
			Files.write(file, entries.values().stream().map(Entry::line).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not record process ids in " + file, ex);
		}
	}

	private static long startMillis(ProcessHandle process) {
		return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
	}

	private static LaunchException alreadyRunning(Path dataDir) {
		return new LaunchException("Another launcher is running on " + dataDir
				+ ": stop it, or give this one its own --data directory");
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel == null) {
			return;
		}
		try {
			channel.close();
		}
		catch (IOException ex) {
			// the lock dies with the channel; nothing else to release
		}
	}

}

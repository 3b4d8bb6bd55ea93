package dev.careers.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.careers.launcher.LocalSystem;
import dev.careers.launcher.ProcessInfo;

/**
 * What one worker's log says about the tasks of one tenant: the worker logs, by task id and tenant,
 * each task it starts and how each ended (dev.careers.worker.messaging.TaskRunner). A task
 * started but not ended in the log of a worker that is gone was in its hands when it went. Other
 * tenants' tasks are left out: the fault tests share a stack, each with a tenant of its own.
 */
final class WorkerLog {

	private static final Pattern STARTED = Pattern.compile("Task ([0-9a-f-]{36}) \\(\\w+\\) of tenant (\\S+) for record \\S+ started");

	private static final Pattern ENDED = Pattern.compile("Task ([0-9a-f-]{36}) of tenant (\\S+) (completed|failed)");

	private final String tenant;

	private final Set<String> started = new HashSet<>();

	private final Set<String> ended = new HashSet<>();

	private WorkerLog(String tenant, List<String> lines) {
		this.tenant = tenant;
		for (String line : lines) {
			collect(STARTED.matcher(line), started);
			collect(ENDED.matcher(line), ended);
		}
	}

	static WorkerLog of(LocalSystem system, ProcessInfo worker, String tenant) {
		Path log = system.logDir().resolve(worker.name() + ".log");
		try {
			return new WorkerLog(tenant, Files.readAllLines(log));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + log, ex);
		}
	}

	Set<String> started() {
		return Set.copyOf(started);
	}

	Set<String> ended() {
		return Set.copyOf(ended);
	}

	/** Tasks started here and never ended here. */
	Set<String> unfinished() {
		Set<String> unfinished = new HashSet<>(started);
		unfinished.removeAll(ended);
		return unfinished;
	}

	private void collect(Matcher matcher, Set<String> into) {
		if (matcher.find() && matcher.group(2).equals(tenant)) {
			into.add(matcher.group(1));
		}
	}

}

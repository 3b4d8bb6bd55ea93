package dev.careers.launcher;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * A Java agent loaded into every Java child of the launcher ({@code -javaagent:...=<launcher pid>})
 * so that the launcher alone decides when a child ends:
 * <ul>
 * <li>when the launcher is gone, even killed with {@code kill -9}, the child shuts itself down
 * gracefully instead of living on as an orphan;</li>
 * <li>Ctrl-C in the terminal reaches the whole process group: the child ignores it and lets the
 * launcher stop everything in order (services, then broker, then database).</li>
 * </ul>
 * Self-contained: the agent jar holds this class alone, so nothing leaks onto the child's class path.
 */
public final class ParentWatchdog {

	private ParentWatchdog() {
	}

	public static void premain(String launcherPid) {
		Signal.handle(new Signal("INT"), SignalHandler.SIG_IGN);
		Optional<ProcessHandle> launcher = ProcessHandle.of(Long.parseLong(launcherPid.trim()));
		CompletableFuture<?> launcherExit = launcher.isPresent() ? launcher.get().onExit()
				: CompletableFuture.completedFuture(null);
		launcherExit.thenRun(ParentWatchdog::exit);
	}

	private static void exit() {
		// exit on a fresh thread: System.exit blocks while shutdown hooks run
		Thread exit = new Thread(() -> System.exit(143), "launcher-gone-exit");
		exit.start();
	}

}

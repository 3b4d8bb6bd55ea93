package dev.careers.launcher;

/** A process of the local system, for tests that kill it or check that it is gone. */
public record ProcessInfo(String name, long pid, int port) {

	public boolean isAlive() {
		return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
	}

}

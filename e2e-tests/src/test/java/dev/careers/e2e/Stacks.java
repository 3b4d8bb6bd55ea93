package dev.careers.e2e;

/**
 * The stacks of one test run, kept in the root context's store so that a stack outlives the class
 * that started it. At most one runs at a time (a broker, a database and four or five service JVMs
 * on a 2-core machine): it is stopped when a class needs another, and at the latest when the run
 * ends, where a process it leaves running fails the run.
 */
final class Stacks implements AutoCloseable {

	private RunningStack running;

	/**
	 * The running stack if it has this configuration and all its parts still run, else a new one in
	 * its place: a class that failed halfway through a fault does not pass its broken stack on.
	 */
	synchronized RunningStack stackFor(LocalStack.Configuration configuration, Class<?> testClass) {
		if (running == null || !running.configuration().equals(configuration) || !running.isWhole()) {
			close();
			running = RunningStack.start(configuration, testClass);
		}
		running.usedBy(testClass);
		return running;
	}

	@Override
	public synchronized void close() {
		if (running != null) {
			RunningStack stopping = running;
			running = null;
			stopping.stop();
		}
	}

}

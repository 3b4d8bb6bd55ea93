package dev.careers.launcher;

import java.util.concurrent.CountDownLatch;

/**
 * A child JVM that does nothing until it is stopped: stands in for a service in process tests. It
 * says {@value #RUNNING} once its agents have run and its main method has begun.
 */
final class IdleProcess {

	static final String RUNNING = "idle process running";

	private IdleProcess() {
	}

	public static void main(String[] args) throws InterruptedException {
		System.out.println(RUNNING);
		new CountDownLatch(1).await();
	}

}

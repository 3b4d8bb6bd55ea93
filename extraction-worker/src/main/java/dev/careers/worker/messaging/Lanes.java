package dev.careers.worker.messaging;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * Interactive work first (ADR 22): while any interactive consumer thread of this worker has a record in
 * hand, a bulk thread that takes a record waits before it starts it, and starts when the last interactive
 * record is done. So a tenant's burst waits behind another tenant's small import, yet uses every worker
 * that has no interactive work. The bulk container is never paused: a pause wakes the consumer, and a
 * wakeup landing in the commit after a rebalance made spring-kafka drop a polled record for good.
 */
@Component
class Lanes {

	/**
	 * The longest a bulk record waits: bulk work still moves under endless interactive work, and the
	 * bulk consumer polls again well inside its {@code max.poll.interval.ms}.
	 */
	static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

	private int interactiveInHand;

	synchronized void interactiveTaken() {
		interactiveInHand++;
	}

	synchronized void interactiveDone() {
		if (--interactiveInHand == 0) {
			notifyAll();
		}
	}

	/** Before a bulk record starts: returns once no interactive record is in hand, or after the longest wait. */
	synchronized void awaitInteractiveIdle() {
		long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
		while (interactiveInHand > 0) {
			long leftMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
			if (leftMillis <= 0) {
				return;
			}
			try {
				wait(leftMillis);
			}
			catch (InterruptedException ex) {
				// stopping: the record in hand is finished, never handed back
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}

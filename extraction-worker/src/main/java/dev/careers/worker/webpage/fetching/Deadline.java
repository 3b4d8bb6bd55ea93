package dev.careers.worker.webpage.fetching;

import java.time.Duration;

import dev.careers.events.FailureCode;
import dev.careers.worker.ExtractionFailure;

/** The end of a fetch's total time budget. */
record Deadline(long endNanos) {

	static Deadline after(Duration budget) {
		return new Deadline(System.nanoTime() + budget.toNanos());
	}

	boolean hasPassed() {
		return System.nanoTime() - endNanos >= 0;
	}

	/** The time left, capped at {@code cap}, in whole milliseconds; fails once nothing is left. */
	int remainingMillis(Duration cap) {
		long left = endNanos - System.nanoTime();
		if (left <= 0) {
			throw new ExtractionFailure(FailureCode.TIMEOUT, "total time cap reached");
		}
		// rounded up, so a wait cut short by this deadline ends after it, never a hair before
		long leftMillis = (left + 999_999) / 1_000_000;
		return (int) Math.max(1, Math.min(cap.toMillis(), leftMillis));
	}

}

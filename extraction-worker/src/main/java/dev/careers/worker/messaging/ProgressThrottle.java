package dev.careers.worker.messaging;

import java.time.Duration;

/**
 * Decides which page reports of one task become ExtractionProgressed events: the first, the last,
 * and otherwise at most one per interval; never one that does not move forward (OCR after the text
 * layer starts counting pages again).
 */
final class ProgressThrottle {

	private final long intervalNanos;

	private boolean admittedAny;

	private long lastAdmittedNanos;

	private double lastProgress;

	ProgressThrottle(Duration interval) {
		this.intervalNanos = interval.toNanos();
	}

	synchronized boolean admit(double progress, long nowNanos) {
		if (progress <= lastProgress) {
			return false;
		}
		boolean due = !admittedAny || progress >= 1.0 || nowNanos - lastAdmittedNanos >= intervalNanos;
		if (due) {
			admittedAny = true;
			lastAdmittedNanos = nowNanos;
			lastProgress = progress;
		}
		return due;
	}

}

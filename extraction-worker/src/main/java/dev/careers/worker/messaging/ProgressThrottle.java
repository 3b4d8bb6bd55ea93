package dev.careers.worker.messaging;

import java.time.Duration;

/**
 * Decides which page reports of one task become ExtractionProgressed events: one per interval at
 * most, the first an interval after the task started, and never one that does not move forward
 * (OCR after the text layer starts counting pages again). Most resumes are read well within an
 * interval: their Started is followed by Completed with no progress in between, which saves every
 * consumer a message and a transaction that the Completed right behind it would make stale anyway.
 */
final class ProgressThrottle {

	private final long intervalNanos;

	private long lastReportNanos;

	private double lastProgress;

	/** @param startedNanos when the task started, on the {@link System#nanoTime()} clock the reports use */
	ProgressThrottle(Duration interval, long startedNanos) {
		this.intervalNanos = interval.toNanos();
		this.lastReportNanos = startedNanos;
	}

	synchronized boolean admit(double progress, long nowNanos) {
		if (progress <= lastProgress || nowNanos - lastReportNanos < intervalNanos) {
			return false;
		}
		lastReportNanos = nowNanos;
		lastProgress = progress;
		return true;
	}

}

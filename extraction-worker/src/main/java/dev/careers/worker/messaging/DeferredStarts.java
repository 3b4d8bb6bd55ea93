package dev.careers.worker.messaging;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Component;

/**
 * Announces a task's start only once it has run for a while: most resumes are read in a few
 * milliseconds, and for them an ExtractionStarted would cost the broker a record and every consumer a
 * delivery and a transaction that the result right behind it makes stale. A task still running after
 * the delay is announced from a timer thread, so a document stuck on its first page still shows as
 * RUNNING and is watched by the stuck-task sweep.
 */
@Component
class DeferredStarts implements AutoCloseable {

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "task-start-announcer");
		thread.setDaemon(true);
		return thread;
	});

	/** Runs {@code announce} after {@code delay} unless the returned start is settled first; at once for zero. */
	Start schedule(Runnable announce, Duration delay) {
		Start start = new Start(announce);
		if (delay.isZero() || delay.isNegative()) {
			start.announceNow();
		}
		else {
			start.timed = timer.schedule(start::announceNow, delay.toNanos(), TimeUnit.NANOSECONDS);
		}
		return start;
	}

	@Override
	public void close() {
		timer.shutdownNow();
	}

	/** One task's start: announced at most once, by the timer or by the task itself, or never. */
	static final class Start {

		private final Runnable announce;

		private final AtomicBoolean settled = new AtomicBoolean();

		private volatile ScheduledFuture<?> timed;

		private Start(Runnable announce) {
			this.announce = announce;
		}

		/** Before a progress report: a task that reports progress is announced first. */
		void announceNow() {
			if (settled.compareAndSet(false, true)) {
				announce.run();
			}
		}

		/** The task ended before its start was announced: its result says it all. */
		void drop() {
			if (settled.compareAndSet(false, true) && timed != null) {
				timed.cancel(false);
			}
		}

	}

}

package dev.careers.importer.stucktasks;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * No task stays in progress forever: a running one with no worker event past {@code requeueAfter} is
 * requested again, and one still silent {@code failAfter} later fails as TIMEOUT. Counted in
 * {@code careers.tasks.stuck{action}}. Safe with any number of instances (see {@link StuckTasks}).
 */
@Component
class StuckTaskSweep {

	private static final Logger log = LoggerFactory.getLogger(StuckTaskSweep.class);

	/** Rows claimed per transaction, so one sweep never holds many locks for long. */
	private static final int BATCH = 100;

	private final StuckTasks tasks;

	private final StuckTaskProperties properties;

	private final Counter requeued;

	private final Counter timedOut;

	StuckTaskSweep(StuckTasks tasks, StuckTaskProperties properties, MeterRegistry meters) {
		this.tasks = tasks;
		this.properties = properties;
		this.requeued = counter(meters, "requeued");
		this.timedOut = counter(meters, "timed_out");
	}

	private static Counter counter(MeterRegistry meters, String action) {
		return Counter.builder("careers.tasks.stuck")
			.description("Tasks no worker answered for: re-queued, or failed as TIMEOUT")
			.tag("action", action)
			.register(meters);
	}

	@Scheduled(fixedDelayString = "${careers.tasks.stuck.check-interval:1m}",
			initialDelayString = "${careers.tasks.stuck.check-interval:1m}")
	void sweep() {
		try {
			int count;
			do {
				count = tasks.failSilentFor(properties.failAfter(), BATCH);
				timedOut.increment(count);
			}
			while (count == BATCH);
			do {
				count = tasks.requeueSilentFor(properties.requeueAfter(), BATCH);
				requeued.increment(count);
			}
			while (count == BATCH);
		}
		catch (RuntimeException ex) {
			log.warn("Stuck-task sweep failed; next try in {}", properties.checkInterval(), ex);
		}
	}

}

package dev.careers.worker.messaging;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

import dev.careers.events.ExtractionResult;
import dev.careers.events.FailureCode;
import dev.careers.events.TaskKind;

/** The worker's meters (docs/architecture.md). No tag carries tenant text: kinds, outcomes and codes only. */
@Component
class ExtractionMetrics {

	static final String TASKS = "careers.extraction.tasks";

	static final String DURATION = "careers.extraction.duration";

	static final String PAGES = "careers.extraction.pages";

	static final String IN_FLIGHT = "careers.extraction.in.flight";

	private final MeterRegistry registry;

	private final AtomicInteger inFlight = new AtomicInteger();

	ExtractionMetrics(MeterRegistry registry) {
		this.registry = registry;
		Gauge.builder(IN_FLIGHT, inFlight, AtomicInteger::get)
			.description("Extraction tasks being worked on now")
			.register(registry);
	}

	void taskStarted() {
		inFlight.incrementAndGet();
	}

	void taskEnded() {
		inFlight.decrementAndGet();
	}

	void completed(TaskKind kind, ExtractionResult result) {
		count(kind, "COMPLETED", "none");
		duration(kind, Duration.ofMillis(result.durationMillis()));
		Counter.builder(PAGES).description("Pages read").tag("kind", kind.name()).register(registry).increment(result.pages());
	}

	void failed(TaskKind kind, FailureCode code, Duration took) {
		count(kind, "FAILED", code.name());
		duration(kind, took);
	}

	/** A failed task whose request was dead-lettered: no duration, it never really ran. */
	void failed(TaskKind kind, FailureCode code) {
		count(kind, "FAILED", code.name());
	}

	private void count(TaskKind kind, String outcome, String code) {
		Counter.builder(TASKS)
			.description("Extraction tasks finished, by kind, outcome and failure code")
			.tag("kind", kind.name())
			.tag("outcome", outcome)
			.tag("code", code)
			.register(registry)
			.increment();
	}

	private void duration(TaskKind kind, Duration took) {
		Timer.builder(DURATION)
			.description("Time from taking a task to its result")
			.tag("kind", kind.name())
			.publishPercentileHistogram()
			.register(registry)
			.record(took);
	}

}

package dev.careers.worker.messaging;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import dev.careers.events.ExtractionRequested;
import dev.careers.events.ExtractionResult;
import dev.careers.worker.ExtractionFailure;
import dev.careers.worker.pipeline.ExtractionPipeline;

/**
 * Runs one extraction task: Started once it has run {@code started-after}, Progressed per page at most once
 * an interval, then Completed or Failed. A failure of the document itself ({@link ExtractionFailure}) ends
 * the task at once; anything else escapes to the container's error handler, which retries and finally
 * dead-letters the request.
 */
@Component
class TaskRunner {

	private static final Logger log = LoggerFactory.getLogger(TaskRunner.class);

	private final ExtractionPipeline pipeline;

	private final ExtractionEvents events;

	private final ExtractionMetrics metrics;

	private final FinishedTasks finished;

	private final TaskProperties settings;

	private final DeferredStarts starts;

	TaskRunner(ExtractionPipeline pipeline, ExtractionEvents events, ExtractionMetrics metrics,
			FinishedTasks finished, TaskProperties settings, DeferredStarts starts) {
		this.pipeline = pipeline;
		this.events = events;
		this.metrics = metrics;
		this.finished = finished;
		this.settings = settings;
		this.starts = starts;
	}

	void run(ExtractionRequested request) {
		if (finished.contains(request.taskId())) {
			log.info("Task {} of tenant {} already finished here: redelivered request dropped", request.taskId(),
					request.tenantId());
			return;
		}
		log.info("Task {} ({}) of tenant {} for record {} started, attempt {}", request.taskId(), request.kind(),
				request.tenantId(), request.recordId(), request.attempt());
		long started = System.nanoTime();
		metrics.taskStarted();
		DeferredStarts.Start start = starts.schedule(events.started(request), settings.startedAfter());
		try {
			ExtractionResult result = extract(request, start, started);
			events.completed(request, result);
			metrics.completed(request.kind(), result);
			log.info("Task {} of tenant {} completed: {} pages, {} skills in {} ms", request.taskId(),
					request.tenantId(), result.pages(), result.skills().size(), result.durationMillis());
		}
		catch (ExtractionFailure failure) {
			events.failed(request, failure.code());
			metrics.failed(request.kind(), failure.code(), Duration.ofNanos(System.nanoTime() - started));
			log.info("Task {} of tenant {} failed: {}", request.taskId(), request.tenantId(), failure.getMessage());
		}
		finally {
			metrics.taskEnded();
		}
		finished.remember(request.taskId());
	}

	private ExtractionResult extract(ExtractionRequested request, DeferredStarts.Start start, long startedNanos) {
		ProgressThrottle throttle = new ProgressThrottle(settings.progressInterval(), startedNanos);
		try {
			return pipeline.run(request, (pagesDone, pagesTotal) -> {
				double progress = (double) pagesDone / pagesTotal;
				if (throttle.admit(progress, System.nanoTime())) {
					start.announceNow();
					events.progressed(request, pagesDone, pagesTotal, progress);
				}
			});
		}
		finally {
			// whatever the outcome, the timer sends nothing after this: a result follows, or a retry
			start.drop();
		}
	}

}

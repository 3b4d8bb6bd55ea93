package dev.careers.worker.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.stereotype.Component;

import dev.careers.events.ExtractionCompleted;
import dev.careers.events.ExtractionEvent;
import dev.careers.events.ExtractionFailed;
import dev.careers.events.ExtractionProgressed;
import dev.careers.events.ExtractionRequested;
import dev.careers.events.ExtractionResult;
import dev.careers.events.ExtractionStarted;
import dev.careers.events.FailureCode;
import dev.careers.events.Topics;

/**
 * Publishes a task's events on {@code extraction.events}, keyed by task id so they stay in order.
 * Started (for a task that runs long enough to be watched) and Progressed go out without waiting; the
 * result (Completed or Failed) is awaited, so the request's offset is committed only once the result is
 * on the broker. The result's event id is
 * derived from the task id: if a crash between the two makes the task run again, the second result
 * carries the same event id and every consumer's processed-events log drops it.
 */
@Component
class ExtractionEvents {

	private static final Logger log = LoggerFactory.getLogger(ExtractionEvents.class);

	private static final int ITEMS_PER_TASK = 1;

	private final KafkaOperations<Object, Object> kafka;

	private final TaskProperties settings;

	private final String workerId;

	ExtractionEvents(KafkaOperations<Object, Object> kafka, TaskProperties settings) {
		this.kafka = kafka;
		this.settings = settings;
		this.workerId = workerId();
	}

	/** The one id any result of {@code taskId} carries, whichever worker produces it and however often. */
	static UUID resultEventId(UUID taskId) {
		return UUID.nameUUIDFromBytes(("extraction-result:" + taskId).getBytes(StandardCharsets.UTF_8));
	}

	/** The task's Started, stamped now, to be sent when {@link DeferredStarts} decides. */
	Runnable started(ExtractionRequested request) {
		ExtractionStarted started = new ExtractionStarted(UUID.randomUUID(), request.tenantId(), Instant.now(),
				request.taskId(), request.recordId(), request.kind(), workerId, request.attempt(), ITEMS_PER_TASK);
		return () -> sendWithoutWaiting(started);
	}

	void progressed(ExtractionRequested request, int pagesDone, int pagesTotal, double progress) {
		sendWithoutWaiting(new ExtractionProgressed(UUID.randomUUID(), request.tenantId(), Instant.now(),
				request.taskId(), request.recordId(), request.kind(), ITEMS_PER_TASK, 0, pagesTotal, pagesDone,
				progress));
	}

	void completed(ExtractionRequested request, ExtractionResult result) {
		sendAndWait(new ExtractionCompleted(resultEventId(request.taskId()), request.tenantId(), Instant.now(),
				request.taskId(), request.recordId(), request.kind(), ITEMS_PER_TASK, ITEMS_PER_TASK, result));
	}

	void failed(ExtractionRequested request, FailureCode code) {
		sendAndWait(new ExtractionFailed(resultEventId(request.taskId()), request.tenantId(), Instant.now(),
				request.taskId(), request.recordId(), request.kind(), code, code.message(),
				code.hint(request.attempt(), request.taskNumber()), request.attempt()));
	}

	private void sendWithoutWaiting(ExtractionEvent event) {
		kafka.send(Topics.EXTRACTION_EVENTS, event.key(), event).whenComplete((sent, failure) -> {
			if (failure != null) {
				log.warn("Could not publish {} of task {}: {}", event.getClass().getSimpleName(), event.taskId(),
						failure.getMessage());
			}
		});
	}

	private void sendAndWait(ExtractionEvent event) {
		try {
			kafka.send(Topics.EXTRACTION_EVENTS, event.key(), event)
				.get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new KafkaException("Result of task " + event.taskId() + " not acknowledged by the broker", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new KafkaException("Interrupted while publishing the result of task " + event.taskId(), ex);
		}
	}

	private static String workerId() {
		String host = System.getenv().getOrDefault("HOSTNAME", "worker");
		return host + "-" + ProcessHandle.current().pid();
	}

}

package dev.careers.worker.messaging;

import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.stereotype.Component;

import dev.careers.events.EventSerde;
import dev.careers.events.ExtractionRequested;
import dev.careers.events.FailureCode;
import dev.careers.support.kafka.DeadLetters;

import tools.jackson.core.JacksonException;

/**
 * Where a request ends that could not be processed: unreadable, or failing after its retries. It
 * goes to {@code <topic>-dlt} as it was (spring-kafka adds the exception headers), is counted, and
 * its task still ends as Failed when the request can be read at all, so no task waits forever.
 */
@Component
class PoisonRequests implements ConsumerRecordRecoverer {

	private static final Logger log = LoggerFactory.getLogger(PoisonRequests.class);

	/** What the recruiter is told: the content could not be read, and trying again may help. */
	private static final FailureCode POISON_CODE = FailureCode.CONTENT_UNAVAILABLE;

	private final DeadLetters deadLetters;

	private final ExtractionEvents events;

	private final ExtractionMetrics metrics;

	private final FinishedTasks finished;

	PoisonRequests(DeadLetters deadLetters, ExtractionEvents events, ExtractionMetrics metrics, FinishedTasks finished) {
		this.deadLetters = deadLetters;
		this.events = events;
		this.metrics = metrics;
		this.finished = finished;
	}

	@Override
	public void accept(ConsumerRecord<?, ?> record, Exception failure) {
		deadLetters.accept(record, failure);
		Optional<ExtractionRequested> request = readable(record, failure);
		log.warn("Record {}-{}@{} dead-lettered ({}); task {}", record.topic(), record.partition(), record.offset(),
				rootMessage(failure), request.map(r -> r.taskId() + " ends as Failed").orElse("unknown"));
		request.filter(r -> !finished.contains(r.taskId())).ifPresent(r -> {
			events.failed(r, POISON_CODE);
			metrics.failed(r.kind(), POISON_CODE);
			finished.remember(r.taskId());
		});
	}

	/** The request in the record, or in the bytes that failed to deserialize (an unknown type header, say). */
	private static Optional<ExtractionRequested> readable(ConsumerRecord<?, ?> record, Exception failure) {
		if (record.value() instanceof ExtractionRequested request) {
			return Optional.of(request);
		}
		DeserializationException unreadable = deserializationCause(failure);
		if (unreadable == null || unreadable.getData() == null) {
			return Optional.empty();
		}
		try {
			ExtractionRequested request = EventSerde.jsonMapper().readValue(unreadable.getData(), ExtractionRequested.class);
			return isAddressable(request) ? Optional.of(request) : Optional.empty();
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

	private static boolean isAddressable(ExtractionRequested request) {
		return request != null && request.taskId() != null && request.recordId() != null
				&& request.tenantId() != null && request.kind() != null;
	}

	private static DeserializationException deserializationCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DeserializationException deserialization) {
				return deserialization;
			}
		}
		return null;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName();
	}

}

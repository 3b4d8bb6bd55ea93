package dev.careers.importer.messaging;

import java.util.ArrayList;
import java.util.List;

import dev.careers.events.CareersEvent;
import dev.careers.events.ExtractionEvent;
import dev.careers.events.Topics;
import dev.careers.importer.tasks.ExtractionEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code extraction.events} a poll at a time: the poll's events in one transaction
 * ({@link ExtractionEvents#apply}), one offset commit. When that transaction fails, the events are
 * applied again one transaction each, and the record that fails alone (or could not be read) is
 * pinpointed: the error handler retries or dead-letters it alone, while the records before it stay
 * committed and those after it are redelivered. A poison record holds back only itself.
 */
@Component
class ExtractionEventsConsumer {

	private static final Logger log = LoggerFactory.getLogger(ExtractionEventsConsumer.class);

	private final ExtractionEvents extractionEvents;

	ExtractionEventsConsumer(ExtractionEvents extractionEvents) {
		this.extractionEvents = extractionEvents;
	}

	@KafkaListener(topics = Topics.EXTRACTION_EVENTS, groupId = "${spring.kafka.consumer.group-id}", batch = "true")
	void onBatch(List<ConsumerRecord<String, CareersEvent>> records) {
		int unreadable = firstUnreadable(records);
		applyPinpointingFailures(records.subList(0, unreadable));
		if (unreadable < records.size()) {
			ConsumerRecord<String, CareersEvent> record = records.get(unreadable);
			DeserializationException cause = SerializationUtils.getExceptionFromHeader(record,
					SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, null);
			throw new BatchListenerFailedException("The record could not be read as an event",
					cause != null ? cause : new IllegalArgumentException("A record without an event"), unreadable);
		}
	}

	private static int firstUnreadable(List<ConsumerRecord<String, CareersEvent>> records) {
		for (int index = 0; index < records.size(); index++) {
			if (records.get(index).value() == null) {
				return index;
			}
		}
		return records.size();
	}

	private void applyPinpointingFailures(List<ConsumerRecord<String, CareersEvent>> records) {
		List<ExtractionEvent> events = new ArrayList<>(records.size());
		for (ConsumerRecord<String, CareersEvent> record : records) {
			if (record.value() instanceof ExtractionEvent event) {
				events.add(event);
			}
			else {
				log.warn("Ignoring {} on {}", record.value().getClass().getSimpleName(), Topics.EXTRACTION_EVENTS);
			}
		}
		if (events.isEmpty()) {
			return;
		}
		try {
			extractionEvents.apply(events);
		}
		catch (RuntimeException batchFailure) {
			log.warn("A batch of {} extraction events failed; applying them one by one", events.size(), batchFailure);
			for (int index = 0; index < records.size(); index++) {
				applyOne(records, index);
			}
		}
	}

	private void applyOne(List<ConsumerRecord<String, CareersEvent>> records, int index) {
		if (!(records.get(index).value() instanceof ExtractionEvent event)) {
			return;
		}
		try {
			extractionEvents.apply(List.of(event));
		}
		catch (RuntimeException failure) {
			log.warn("Extraction event {} of tenant {} failed: task={}", event.eventId(), event.tenantId(),
					event.taskId(), failure);
			throw new BatchListenerFailedException("Extraction event failed", failure, index);
		}
	}

}

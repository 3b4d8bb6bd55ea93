package dev.careers.history.messaging;

import java.util.List;

import dev.careers.events.CareersEvent;
import dev.careers.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Consumes the four topics in batches: one transaction per poll. A record that cannot be
 * projected is pinpointed, so the error handler retries or dead-letters it alone while the records
 * before it stay committed and those after it are redelivered.
 */
@Component
class ProjectionListener {

	static final String ID = "history-projections";

	private static final Logger log = LoggerFactory.getLogger(ProjectionListener.class);

	private final EventProjector projector;

	ProjectionListener(EventProjector projector) {
		this.projector = projector;
	}

	@KafkaListener(id = ID, idIsGroup = false, batch = "true",
			topics = { Topics.IMPORT_EVENTS, Topics.EXTRACTION_REQUESTS, Topics.EXTRACTION_REQUESTS_BULK,
					Topics.EXTRACTION_EVENTS, Topics.APPLICANT_EVENTS },
			concurrency = "${careers.history.consumer.concurrency:2}")
	void onBatch(List<ConsumerRecord<String, CareersEvent>> records) {
		int poison = firstPoison(records);
		projectPinpointingFailures(records.subList(0, poison));
		if (poison < records.size()) {
			ConsumerRecord<String, CareersEvent> record = records.get(poison);
			String problem = EventChecks.problemWith(record).orElseThrow();
			throw new BatchListenerFailedException(problem, new PoisonEventException(problem), poison);
		}
	}

	private static int firstPoison(List<ConsumerRecord<String, CareersEvent>> records) {
		for (int index = 0; index < records.size(); index++) {
			if (EventChecks.problemWith(records.get(index)).isPresent()) {
				return index;
			}
		}
		return records.size();
	}

	private void projectPinpointingFailures(List<ConsumerRecord<String, CareersEvent>> records) {
		try {
			projector.project(records);
		}
		catch (ReadModelsRebuildingException rebuilding) {
			// nothing was written: the whole batch comes again once the rebuild is over
			throw new BatchListenerFailedException(rebuilding.getMessage(), rebuilding, 0);
		}
		catch (RuntimeException batchFailure) {
			log.warn("A batch of {} events failed to project; retrying them one by one", records.size(), batchFailure);
			for (int index = 0; index < records.size(); index++) {
				projectOne(records, index);
			}
		}
	}

	private void projectOne(List<ConsumerRecord<String, CareersEvent>> records, int index) {
		ConsumerRecord<String, CareersEvent> record = records.get(index);
		try {
			projector.project(List.of(record));
		}
		catch (RuntimeException failure) {
			CareersEvent event = record.value();
			log.warn("Event {} of tenant {} on {} failed to project", event.eventId(), event.tenantId(), record.topic(),
					failure);
			throw new BatchListenerFailedException("Projection failed", failure, index);
		}
	}

}

package dev.careers.worker.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.careers.events.CareersEvent;
import dev.careers.events.ExtractionRequested;
import dev.careers.events.Topics;

/**
 * The worker's two consumers, one record at a time per consumer thread: the interactive lane (group
 * {@value #GROUP}) and the bulk lane (group {@value #BULK_GROUP}), whose records {@link Lanes} holds back
 * while the interactive lane has records in hand. Each runs {@code spring.kafka.listener.concurrency} threads.
 */
@Component
class ExtractionRequestListener {

	static final String GROUP = "extraction-worker";

	static final String BULK_GROUP = "extraction-worker-bulk";

	static final String CONTAINER_ID = "extraction-requests";

	static final String BULK_CONTAINER_ID = "extraction-requests-bulk";

	private final TaskRunner tasks;

	private final Lanes lanes;

	ExtractionRequestListener(TaskRunner tasks, Lanes lanes) {
		this.tasks = tasks;
		this.lanes = lanes;
	}

	@KafkaListener(id = CONTAINER_ID, groupId = GROUP, topics = Topics.EXTRACTION_REQUESTS)
	void onRequest(CareersEvent event) {
		lanes.interactiveTaken();
		try {
			run(event);
		}
		finally {
			lanes.interactiveDone();
		}
	}

	@KafkaListener(id = BULK_CONTAINER_ID, groupId = BULK_GROUP, topics = Topics.EXTRACTION_REQUESTS_BULK)
	void onBulkRequest(CareersEvent event) {
		lanes.awaitInteractiveIdle();
		run(event);
	}

	private void run(CareersEvent event) {
		if (!(event instanceof ExtractionRequested request)) {
			throw new UnexpectedEvent(event.getClass().getSimpleName());
		}
		tasks.run(request);
	}

}

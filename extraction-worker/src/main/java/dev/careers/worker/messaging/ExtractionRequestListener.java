package dev.careers.worker.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.careers.events.CareersEvent;
import dev.careers.events.ExtractionRequested;
import dev.careers.events.Topics;

/** The worker's one consumer: group {@value #GROUP}, one record at a time per consumer thread. */
@Component
class ExtractionRequestListener {

	static final String GROUP = "extraction-worker";

	static final String CONTAINER_ID = "extraction-requests";

	private final TaskRunner tasks;

	ExtractionRequestListener(TaskRunner tasks) {
		this.tasks = tasks;
	}

	@KafkaListener(id = CONTAINER_ID, groupId = GROUP, topics = Topics.EXTRACTION_REQUESTS)
	void onRequest(CareersEvent event) {
		if (!(event instanceof ExtractionRequested request)) {
			throw new UnexpectedEvent(event.getClass().getSimpleName());
		}
		tasks.run(request);
	}

}

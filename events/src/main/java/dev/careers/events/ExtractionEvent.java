package dev.careers.events;

import java.util.UUID;

/** Events on {@code extraction.events}, keyed by task id. */
public sealed interface ExtractionEvent extends CareersEvent
		permits ExtractionStarted, ExtractionProgressed, ExtractionCompleted, ExtractionFailed {

	UUID taskId();

	UUID recordId();

	TaskKind kind();

	@Override
	default String key() {
		return taskId().toString();
	}

}

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

	/** Hands this event to the visitor's method for its type. */
	<R> R accept(Visitor<R> visitor);

	@Override
	default <R> R accept(CareersEvent.Visitor<R> visitor) {
		return accept((Visitor<R>) visitor);
	}

	/** One method per extraction event: a new event type fails to compile until every visitor handles it. */
	interface Visitor<R> {

		R on(ExtractionStarted event);

		R on(ExtractionProgressed event);

		R on(ExtractionCompleted event);

		R on(ExtractionFailed event);

	}

}

package dev.careers.events;

import java.util.UUID;

/** Events on {@code import.events}, keyed by import id. */
public sealed interface ImportEvent extends CareersEvent
		permits ImportStarted, RecordCreated, RecordUpdated, RecordSkipped, RecordRejected, ImportCompleted,
		ImportFailed {

	UUID importId();

	@Override
	default String key() {
		return importId().toString();
	}

	/** Hands this event to the visitor's method for its type. */
	<R> R accept(Visitor<R> visitor);

	@Override
	default <R> R accept(CareersEvent.Visitor<R> visitor) {
		return accept((Visitor<R>) visitor);
	}

	/** One method per import event: a new event type fails to compile until every visitor handles it. */
	interface Visitor<R> {

		R on(ImportStarted event);

		R on(RecordCreated event);

		R on(RecordUpdated event);

		R on(RecordSkipped event);

		R on(RecordRejected event);

		R on(ImportCompleted event);

		R on(ImportFailed event);

	}

}

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

}

package dev.careers.events;

import java.time.Instant;
import java.util.UUID;

/** One file or URL of an import could not be taken: it created nothing. */
public record RecordRejected(UUID eventId, String tenantId, Instant occurredAt, UUID importId,
		RecordKind recordKind, String source, FailureCode errorCode, String message) implements ImportEvent {

	@Override
	public <R> R accept(ImportEvent.Visitor<R> visitor) {
		return visitor.on(this);
	}

}

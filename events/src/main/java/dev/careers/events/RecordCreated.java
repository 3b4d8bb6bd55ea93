package dev.careers.events;

import java.time.Instant;
import java.util.UUID;

/** One file or URL of an import became a new applicant or job; {@code taskId} is its extraction task. */
public record RecordCreated(UUID eventId, String tenantId, Instant occurredAt, UUID importId, UUID recordId,
		RecordKind recordKind, String source, UUID taskId) implements ImportEvent {

	@Override
	public <R> R accept(ImportEvent.Visitor<R> visitor) {
		return visitor.on(this);
	}

}

package dev.careers.events;

import java.time.Instant;
import java.util.UUID;

/** One file or URL of an import was already held by the tenant with exactly this content. */
public record RecordSkipped(UUID eventId, String tenantId, Instant occurredAt, UUID importId, UUID recordId,
		RecordKind recordKind, String source, String reason) implements ImportEvent {

	@Override
	public <R> R accept(ImportEvent.Visitor<R> visitor) {
		return visitor.on(this);
	}

}

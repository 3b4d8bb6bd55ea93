package dev.careers.events;

import java.time.Instant;
import java.util.UUID;

/** A tenant opened an import; {@code label} is what Import History shows in its File column. */
public record ImportStarted(UUID eventId, String tenantId, Instant occurredAt, UUID importId, ImportType type,
		String label) implements ImportEvent {

	@Override
	public <R> R accept(ImportEvent.Visitor<R> visitor) {
		return visitor.on(this);
	}

}

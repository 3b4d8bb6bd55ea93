package dev.careers.events;

import java.time.Instant;
import java.util.UUID;

/** The import ended with every record in error, or could not go on; counts as in {@link ImportCompleted}. */
public record ImportFailed(UUID eventId, String tenantId, Instant occurredAt, UUID importId, String reason,
		int created, int updated, int skipped, int errors) implements ImportEvent {

	@Override
	public <R> R accept(ImportEvent.Visitor<R> visitor) {
		return visitor.on(this);
	}

}

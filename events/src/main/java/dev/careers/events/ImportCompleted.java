package dev.careers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * No more files or URLs will arrive for this import. The counts are the import's own totals, so a
 * projection can tell when it has seen every record event, whatever order they arrive in.
 */
public record ImportCompleted(UUID eventId, String tenantId, Instant occurredAt, UUID importId, int created,
		int updated, int skipped, int errors) implements ImportEvent {

	@Override
	public <R> R accept(ImportEvent.Visitor<R> visitor) {
		return visitor.on(this);
	}

}

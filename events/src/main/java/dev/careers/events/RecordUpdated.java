package dev.careers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One file or URL of an import changed an existing record (same file name or posting URL, new
 * content): a new resume version or a re-fetched job, with a fresh extraction task.
 */
public record RecordUpdated(UUID eventId, String tenantId, Instant occurredAt, UUID importId, UUID recordId,
		RecordKind recordKind, String source, UUID taskId) implements ImportEvent {

	@Override
	public <R> R accept(ImportEvent.Visitor<R> visitor) {
		return visitor.on(this);
	}

}

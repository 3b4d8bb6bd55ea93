package dev.careers.events;

import java.time.Instant;
import java.util.UUID;

/** The task finished and produced {@code result}. */
public record ExtractionCompleted(UUID eventId, String tenantId, Instant occurredAt, UUID taskId, UUID recordId,
		TaskKind kind, int itemsTotal, int itemsSucceeded, ExtractionResult result) implements ExtractionEvent {

	@Override
	public <R> R accept(ExtractionEvent.Visitor<R> visitor) {
		return visitor.on(this);
	}

}

package dev.careers.events;

import java.time.Instant;
import java.util.UUID;

/** Progress within the task; {@code progress} is 0..1 and moves within an item as pages are read. */
public record ExtractionProgressed(UUID eventId, String tenantId, Instant occurredAt, UUID taskId, UUID recordId,
		TaskKind kind, int itemsTotal, int itemsCompleted, int pagesTotal, int pagesDone, double progress)
		implements ExtractionEvent {

	@Override
	public <R> R accept(ExtractionEvent.Visitor<R> visitor) {
		return visitor.on(this);
	}

}

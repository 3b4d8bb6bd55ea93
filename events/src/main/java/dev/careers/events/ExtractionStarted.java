package dev.careers.events;

import java.time.Instant;
import java.util.UUID;

/** A worker took the task. A task has one item: its document or posting. */
public record ExtractionStarted(UUID eventId, String tenantId, Instant occurredAt, UUID taskId, UUID recordId,
		TaskKind kind, String workerId, int attempt, int itemsTotal) implements ExtractionEvent {

	@Override
	public <R> R accept(ExtractionEvent.Visitor<R> visitor) {
		return visitor.on(this);
	}

}

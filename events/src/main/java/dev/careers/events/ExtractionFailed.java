package dev.careers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The task ended without a result. {@code message} says why in a recruiter's words and {@code hint}
 * what to do next; {@code code} is the machine-readable cause.
 */
public record ExtractionFailed(UUID eventId, String tenantId, Instant occurredAt, UUID taskId, UUID recordId,
		TaskKind kind, FailureCode code, String message, String hint, int attempt) implements ExtractionEvent {

	@Override
	public <R> R accept(ExtractionEvent.Visitor<R> visitor) {
		return visitor.on(this);
	}

}

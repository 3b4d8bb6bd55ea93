package dev.careers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Work for the extraction workers on {@code extraction.requests}, keyed by record id. The document
 * never travels in the message: the worker fetches {@code contentUrl} (import-service's internal
 * endpoint, or an object store) or, for a posting, {@code postingUrl}.
 *
 * @param taskNumber per-tenant display number ({@code Task 1042})
 * @param attempt 1 for a record's first task, +1 for each re-upload or Extract Skills
 * @param importId the import that caused it, or null for a retry from a profile or job page
 * @param sourceName file name or URL, for people reading logs and task lists
 * @param contentUrl where to fetch the stored bytes (PDF or plain text), or null for a posting URL
 * @param contentType media type of the stored bytes
 * @param postingUrl public posting address to fetch, or null for stored content
 */
public record ExtractionRequested(UUID eventId, String tenantId, Instant occurredAt, UUID taskId, long taskNumber,
		UUID recordId, TaskKind kind, int attempt, UUID importId, String sourceName, String contentUrl,
		String contentType, String postingUrl) implements CareersEvent {

	@Override
	public String key() {
		return recordId.toString();
	}

	@Override
	public <R> R accept(CareersEvent.Visitor<R> visitor) {
		return visitor.on(this);
	}

}

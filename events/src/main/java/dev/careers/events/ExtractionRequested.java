package dev.careers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Work for the extraction workers on {@code extraction.requests}, keyed by record id. The document
 * never travels in the message: the worker reads the object {@code contentKey} names from the
 * document store itself or, for a posting, fetches {@code postingUrl}.
 *
 * @param taskNumber per-tenant display number ({@code Task 1042})
 * @param attempt 1 for a record's first task, +1 for each re-upload or Extract Skills
 * @param importId the import that caused it, or null for a retry from a profile or job page
 * @param sourceName file name or URL, for people reading logs and task lists
 * @param contentUrl only in requests written before the document store: the internal endpoint
 * that served the bytes then; null from producers of today
 * @param contentType media type of the stored bytes
 * @param postingUrl public posting address to fetch, or null for stored content
 * @param contentKey the document store's key of the stored bytes ({@code tenant/sha256}), or null
 * for a posting URL
 */
public record ExtractionRequested(UUID eventId, String tenantId, Instant occurredAt, UUID taskId, long taskNumber,
		UUID recordId, TaskKind kind, int attempt, UUID importId, String sourceName, String contentUrl,
		String contentType, String postingUrl, String contentKey) implements CareersEvent {

	/** A request as written before {@code contentKey}: a posting URL, or stored bytes at a URL. */
	public ExtractionRequested(UUID eventId, String tenantId, Instant occurredAt, UUID taskId, long taskNumber,
			UUID recordId, TaskKind kind, int attempt, UUID importId, String sourceName, String contentUrl,
			String contentType, String postingUrl) {
		this(eventId, tenantId, occurredAt, taskId, taskNumber, recordId, kind, attempt, importId, sourceName,
				contentUrl, contentType, postingUrl, null);
	}

	@Override
	public String key() {
		return recordId.toString();
	}

	@Override
	public <R> R accept(CareersEvent.Visitor<R> visitor) {
		return visitor.on(this);
	}

}

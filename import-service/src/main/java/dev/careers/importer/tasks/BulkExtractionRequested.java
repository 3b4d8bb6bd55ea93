package dev.careers.importer.tasks;

import dev.careers.events.ExtractionRequested;

/**
 * An {@link ExtractionRequested} for the bulk lane: the outbox sends {@link #request()} itself, the same
 * event, to {@code extraction.requests.bulk} (ADR 22).
 */
public record BulkExtractionRequested(ExtractionRequested request) {
}

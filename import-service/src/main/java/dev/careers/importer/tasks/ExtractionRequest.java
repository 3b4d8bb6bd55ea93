package dev.careers.importer.tasks;

import java.util.UUID;

import dev.careers.events.RecordKind;
import dev.careers.events.TaskKind;

/**
 * What a feature asks to have extracted.
 *
 * @param importId the import that caused it, or null for a retry from a profile or job page
 * @param contentKey the document store's key of the content the worker reads, or null for a posting URL
 * @param postingUrl the public posting to fetch, or null for stored content
 */
public record ExtractionRequest(RecordKind recordKind, UUID recordId, TaskKind kind, UUID importId,
		String sourceName, String contentKey, String contentType, String postingUrl) {
}

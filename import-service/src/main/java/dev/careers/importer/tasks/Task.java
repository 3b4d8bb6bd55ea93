package dev.careers.importer.tasks;

import java.time.Instant;
import java.util.UUID;

import dev.careers.events.TaskKind;

/** An extraction task as this service knows it: enough to tell a user how extraction of a record went. */
public record Task(UUID id, long number, TaskKind kind, UUID recordId, int attempt, TaskStatus status,
		Instant createdAt, Instant startedAt, Instant finishedAt, String errorCode, String errorMessage,
		String errorHint) {
}

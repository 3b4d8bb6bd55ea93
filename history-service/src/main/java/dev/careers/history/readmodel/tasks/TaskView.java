package dev.careers.history.readmodel.tasks;

import java.time.Instant;
import java.util.UUID;

import dev.careers.events.TaskKind;

/**
 * One Background Tasks row.
 *
 * @param number per-tenant display number, null until ExtractionRequested has been seen
 * @param progress 0..1, moving within an item as pages are processed
 * @param error why it failed, or null
 * @param stalled queued or running with no event for longer than the stall deadline
 */
public record TaskView(UUID id, Long number, String name, TaskKind kind, TaskStatus status, int itemsTotal,
		int itemsCompleted, int itemsSucceeded, double progress, Instant createdAt, Instant startedAt,
		Instant finishedAt, UUID recordId, UUID importId, String sourceName, TaskError error, int attempt,
		boolean stalled) {
}

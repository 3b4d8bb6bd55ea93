package dev.careers.importer.tasks;

import java.time.Instant;
import java.util.UUID;

import dev.careers.events.FailureCode;

/**
 * How extraction of a record went, as its page shows it: the current task, and when it failed, why
 * and what to do.
 */
public record ExtractionStatus(UUID taskId, long taskNumber, int attempt, TaskStatus status, Instant startedAt,
		Instant finishedAt, Error error) {

	public static ExtractionStatus of(Task task) {
		Error error = task.errorCode() == null ? null : new Error(task.errorCode(), task.errorMessage(), hint(task));
		return new ExtractionStatus(task.id(), task.number(), task.attempt(), task.status(), task.startedAt(),
				task.finishedAt(), error);
	}

	/** A record that failed twice in a row needs a person: the hint then says to quote the task. */
	private static String hint(Task task) {
		try {
			return FailureCode.valueOf(task.errorCode()).hint(task.attempt(), task.number());
		}
		catch (IllegalArgumentException unknownCode) {
			return task.errorHint();
		}
	}

	public record Error(String code, String message, String hint) {
	}

}

package dev.careers.history.readmodel.tasks;

import dev.careers.events.FailureCode;

/** Why a task failed: the code, the recruiter-readable message and what to do next. */
public record TaskError(FailureCode code, String message, String hint) {
}

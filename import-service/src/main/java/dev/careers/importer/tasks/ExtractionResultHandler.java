package dev.careers.importer.tasks;

import dev.careers.events.ExtractionCompleted;
import dev.careers.events.TaskKind;

/**
 * Stores what a finished task found on its record; one per task kind (resumes on applicants, job
 * descriptions on jobs). Called once per task, in the transaction that marks it completed.
 */
public interface ExtractionResultHandler {

	TaskKind kind();

	void completed(ExtractionCompleted event);

}

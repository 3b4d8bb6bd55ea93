package dev.careers.importer.tasks;

public enum TaskStatus {

	QUEUED, RUNNING, COMPLETED, FAILED

}

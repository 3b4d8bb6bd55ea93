package dev.careers.history.tasks;

public enum TaskStatus {

	QUEUED, RUNNING, COMPLETED, FAILED;

	boolean isFinished() {
		return this == COMPLETED || this == FAILED;
	}

}

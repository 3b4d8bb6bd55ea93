package dev.careers.history.readmodel.tasks;

public enum TaskStatus {

	QUEUED, RUNNING, COMPLETED, FAILED;

	boolean isFinished() {
		return this == COMPLETED || this == FAILED;
	}

}

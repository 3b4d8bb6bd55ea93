package dev.careers.events;

public enum TaskKind {

	RESUME, JOB_DESCRIPTION

}

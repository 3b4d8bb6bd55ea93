package dev.careers.events;

public enum RecordKind {

	APPLICANT, JOB

}

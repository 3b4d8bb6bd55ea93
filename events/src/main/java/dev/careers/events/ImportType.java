package dev.careers.events;

public enum ImportType {

	APPLICANTS, JOBS

}

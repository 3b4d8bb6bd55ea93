package dev.careers.events;

/** What two applicants of one tenant had in common that made them a possible duplicate. */
public enum DuplicateMatch {

	/** the same email address, compared without case */
	EMAIL,

	/** the same phone number in E.164 form, where at least one of them gave no email */
	PHONE

}

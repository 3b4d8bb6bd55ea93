package dev.careers.worker.pipeline;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.careers.events.ContactDetails;
import dev.careers.events.JobPostingDetails;
import dev.careers.events.SkillMatch;
import dev.careers.events.TaskKind;
import dev.careers.worker.skills.ContactParser;
import dev.careers.worker.skills.JobDescriptionReader;
import dev.careers.worker.skills.SkillMatcher;

/**
 * Where the pipeline meets the skills feature: skills from any text, contact details from a
 * resume, posting fields from a job description that came as a document.
 */
@Component
public class TextAnalysis {

	private final SkillMatcher skills;

	private final ContactParser contacts;

	private final JobDescriptionReader jobDescriptions;

	public TextAnalysis(SkillMatcher skills, ContactParser contacts, JobDescriptionReader jobDescriptions) {
		this.skills = skills;
		this.contacts = contacts;
		this.jobDescriptions = jobDescriptions;
	}

	String taxonomyVersion() {
		return skills.taxonomyVersion();
	}

	List<SkillMatch> skills(String text) {
		return skills.match(text);
	}

	/** Contact details for a resume; a job has none. */
	ContactDetails contact(TaskKind kind, String text) {
		return kind == TaskKind.RESUME ? contacts.parse(text) : null;
	}

	/** Posting fields for a job description document; a resume has none. */
	JobPostingDetails posting(TaskKind kind, String text, String sourceName) {
		return kind == TaskKind.JOB_DESCRIPTION ? jobDescriptions.fromText(text, sourceName) : null;
	}

}

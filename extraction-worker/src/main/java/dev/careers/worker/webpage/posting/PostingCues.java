package dev.careers.worker.webpage.posting;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether text without structured data reads like a job posting rather than an article, a
 * careers home page or a list: enough text, cues from at least three of the groups below, and a
 * heading-like line about the duties or the requirements.
 */
final class PostingCues {

	static final int MIN_TEXT = 300;

	private static final int MAX_HEADING = 60;

	private static final String DUTY_CUES = "(key )?responsibilities|what you('|’)ll do|what you will do|your role|"
			+ "about the role|duties|your mission|day[- ]to[- ]day|job description";

	private static final String REQUIREMENT_CUES = "requirements|qualifications|what you('|’)ll bring|who you are|"
			+ "what we('|’)re looking for|about you|must[- ]haves?|nice[- ]to[- ]haves?|skills and experience|"
			+ "your profile|experience required";

	private static final Pattern DUTIES = cue(DUTY_CUES);

	private static final Pattern REQUIREMENTS = cue(REQUIREMENT_CUES);

	/** A line that opens with a duties or requirements cue: "Requirements:", "What you'll do", "1. Qualifications". */
	private static final Pattern POSTING_HEADING = Pattern.compile(
			"^[^\\p{L}]*(" + DUTY_CUES + "|" + REQUIREMENT_CUES + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern OFFER = cue("benefits|perks|what we offer|compensation|salary|pay range|"
			+ "paid time off|equity|health insurance|vacation");

	private static final Pattern APPLY = cue("apply now|apply for this (job|position|role)|how to apply|"
			+ "submit your application|to apply|application deadline");

	private static final Pattern TERMS = cue("full[- ]time|part[- ]time|permanent|fixed[- ]term|contract|internship|"
			+ "hybrid|on[- ]site|employment type|job type|remote");

	private static final List<Pattern> GROUPS = List.of(DUTIES, REQUIREMENTS, OFFER, APPLY, TERMS);

	private PostingCues() {
	}

	static boolean looksLikePosting(String title, String text) {
		if (title == null || title.isBlank() || text == null || text.length() < MIN_TEXT) {
			return false;
		}
		long groups = GROUPS.stream().filter(group -> group.matcher(text).find()).count();
		return groups >= 3 && hasDutiesOrRequirementsHeading(text);
	}

	private static boolean hasDutiesOrRequirementsHeading(String text) {
		return text.lines()
			.map(String::strip)
			.filter(line -> !line.isEmpty() && line.length() <= MAX_HEADING)
			.anyMatch(line -> POSTING_HEADING.matcher(line).find());
	}

	private static Pattern cue(String alternatives) {
		return Pattern.compile("\\b(" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

}

package dev.careers.worker.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Duties that say the person ran a team: "Managed a staff of 48", "Manages 7 employees", "oversaw
 * three shift supervisors", "managed up to eight account managers". Recruiters record them as staff
 * supervision, yet no alias can name them: the words between the verb and the people vary.
 */
final class TeamsLed {

	/** The name of the skill these duties show, as the recruiter vocabulary writes it. */
	static final String SKILL = "Staff supervision";

	/** A duty's offsets in the text, from its verb to the people it names. */
	record Found(int start, int end) {
	}

	private static final String VERB = "(?:manag(?:e|es|ed|ing)|supervis(?:e|es|ed|ing)|led|leads|leading|"
			+ "direct(?:s|ed|ing)|oversaw|overs(?:ee|ees|eeing|een)|handled|guided|coached)";

	/**
	 * Up to four words between the verb and the people ("a staff of", "up to eight account"), none of
	 * which turns the people into someone served: "managed payroll for 200 employees" is no team.
	 */
	private static final String GAP = "(?:[ \\t](?!(?:for|with|by|from|about|on|in|at|and|or)\\b)[\\w'+\\-\u2013]+){0,4}?";

	private static final String PEOPLE = "(?:staff|employees|people|persons|workers|associates|crews?|teams?|personnel|"
			+ "members|representatives|reps|agents|technicians|analysts|supervisors|managers|nurses|drivers|cashiers|"
			+ "servers|cooks|volunteers|interns|assistants|clerks|engineers|developers|tellers|schedulers|laborers|"
			+ "labourers|operators|subordinates|direct reports|contractors)";

	/** The people end the phrase: "managed staff schedules" speaks of schedules. */
	private static final String END = "(?=[ \\t]*(?:$|[,.;:()\\-\u2013]|[ \\t](?:of|in|on|at|to|for|and|or|with|who|"
			+ "through|during|across|from|by|per|while|that|which|including|consisting|under|daily|\\d)\\b))";

	private static final Pattern DUTY = Pattern.compile(VERB + GAP + "[ \\t]" + PEOPLE + END,
			Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

	/** The verbs' tokens as {@link Tokens} normalises them ("manages" is "manage"): only there is the pattern tried. */
	private static final Set<String> VERB_TOKENS = Set.of("manage", "managed", "managing", "supervise", "supervised",
			"supervising", "led", "lead", "leading", "direct", "directed", "directing", "oversaw", "oversee",
			"overseeing", "overseen", "handled", "guided", "coached");

	private TeamsLed() {
	}

	static List<Found> of(String text, List<Tokens.Token> tokens) {
		List<Found> found = new ArrayList<>();
		Matcher m = DUTY.matcher(text);
		int end = 0;
		for (Tokens.Token token : tokens) {
			if (token.start() >= end && VERB_TOKENS.contains(token.normalised())
					&& m.region(token.start(), text.length()).lookingAt()) {
				found.add(new Found(m.start(), m.end()));
				end = m.end();
			}
		}
		return found;
	}

}

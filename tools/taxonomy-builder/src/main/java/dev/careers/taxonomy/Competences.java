package dev.careers.taxonomy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.careers.taxonomy.Draft.LabelKind;
import dev.careers.taxonomy.Draft.SkillType;
import dev.careers.taxonomy.EscoSource.Concept;

/**
 * ESCO's skill/competence concepts ("manage payroll", "reconcile accounts") as skills a recruiter
 * names by a noun: the concept's own noun label where it has one ("revenue management" for "manage
 * hospitality revenue"), the object of a verb that says nothing ("Payroll" for "manage payroll"),
 * else its duty as a gerund ("Reconciling accounts"). The ESCO labels stay aliases, so a duty such as
 * "Reconciled accounts" still finds it by its stems.
 */
final class Competences {

	static final String CATEGORY = "competence";

	/** Verbs that only say a thing is done: the object alone is the skill ("oversee payroll"). */
	private static final Set<String> EMPTY_VERBS = Set.of("manage", "handle", "oversee", "administer", "perform",
			"conduct", "undertake", "execute", "carry", "ensure", "provide", "apply", "use", "utilise", "utilize",
			"practise", "practice", "deliver", "implement");

	/** "apply for funding": the object of a verb with a preposition is no skill alone. */
	private static final Set<String> PREPOSITIONS = Set.of("for", "to", "with", "in", "on", "at", "by", "from", "of",
			"out", "up");

	private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but", "nor");

	/** Shorter verbs' stems are too short to tell their noun ("use", "run"). */
	private static final int MIN_STEM = 4;

	private static final int STEM_LENGTH = 5;

	private Competences() {
	}

	static Draft draft(Concept concept) {
		String preferred = Curation.stripBrackets(concept.preferred());
		Draft draft = Draft.of(concept.uri(), nounForm(preferred, concept.alternatives()), SkillType.HARD, CATEGORY,
				false);
		label(preferred).ifPresent(label -> draft.with(label, LabelKind.ALTERNATIVE));
		concept.alternatives().forEach(alt -> label(alt).ifPresent(label -> draft.with(label, LabelKind.ALTERNATIVE)));
		concept.hidden().forEach(hidden -> label(hidden).ifPresent(label -> draft.with(label, LabelKind.HIDDEN)));
		return draft;
	}

	/**
	 * A label as an alias: "oversee payroll" as "payroll", since "perform improvisation" would
	 * otherwise meet "performance improvement" by its stems; none for a fragment that starts with
	 * "and" or a preposition (a label broken across lines).
	 */
	static Optional<String> label(String label) {
		String text = Curation.stripBrackets(label);
		String[] words = text.split("\\s+");
		String first = words[0].toLowerCase(Locale.ROOT);
		if (text.isEmpty() || CONJUNCTIONS.contains(first) || PREPOSITIONS.contains(first)) {
			return Optional.empty();
		}
		if (words.length > 1 && EMPTY_VERBS.contains(first)) {
			String object = withoutArticle(objectOf(text, words[0], first));
			return PREPOSITIONS.contains(object.split("\\s+")[0]) ? Optional.of(text) : Optional.of(object);
		}
		return Optional.of(text);
	}

	private static String objectOf(String phrase, String verb, String lowerVerb) {
		String object = phrase.substring(verb.length()).strip();
		return "carry".equals(lowerVerb) && object.startsWith("out ") ? object.substring(4) : object;
	}

	/** "a team" as "team": an article is no part of a skill's name. */
	private static String withoutArticle(String phrase) {
		return phrase.replaceFirst("(?i)^(?:a|an|the)\\s+", "");
	}

	/** The name a recruiter writes for the duty {@code preferred}; see the class comment. */
	static String nounForm(String preferred, List<String> alternatives) {
		String[] words = preferred.split("\\s+");
		if (words.length < 2) {
			return preferred;
		}
		String verb = words[0].toLowerCase(Locale.ROOT);
		Optional<String> noun = nounLabel(verb, alternatives);
		if (noun.isPresent()) {
			return noun.get();
		}
		String object = withoutArticle(objectOf(preferred, words[0], verb));
		boolean objectAlone = EMPTY_VERBS.contains(verb) && !PREPOSITIONS.contains(object.split("\\s+")[0]);
		return objectAlone ? object : gerund(verb) + " " + object;
	}

	/** An alternative label that ends in the verb's noun and does not start with the verb: "revenue management". */
	private static Optional<String> nounLabel(String verb, List<String> alternatives) {
		String stem = stem(verb);
		if (stem.length() < MIN_STEM) {
			return Optional.empty();
		}
		for (String alternative : alternatives) {
			String[] words = Curation.stripBrackets(alternative).toLowerCase(Locale.ROOT).split("\\s+");
			String last = words[words.length - 1];
			if (words.length >= 2 && words.length <= Curation.MAX_TOKENS && !words[0].startsWith(stem)
					&& last.startsWith(stem) && !last.endsWith("s") && !last.endsWith("ing")) {
				return Optional.of(Curation.stripBrackets(alternative));
			}
		}
		return Optional.empty();
	}

	private static String stem(String verb) {
		String stem = verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb;
		return stem.length() > STEM_LENGTH ? stem.substring(0, STEM_LENGTH) : stem;
	}

	/** "reconcile" as "reconciling", "plan" as "planning", "tie" as "tying", "cook" as "cooking". */
	static String gerund(String verb) {
		if (verb.endsWith("ie")) {
			return verb.substring(0, verb.length() - 2) + "ying";
		}
		if (verb.endsWith("e") && !verb.endsWith("ee") && !verb.endsWith("ye") && !verb.endsWith("oe")
				&& verb.length() > 2) {
			return verb.substring(0, verb.length() - 1) + "ing";
		}
		if (shortClosedSyllable(verb)) {
			return verb + verb.charAt(verb.length() - 1) + "ing";
		}
		return verb + "ing";
	}

	/** One vowel between consonants at the end of a one-syllable verb doubles its consonant: "plan", "ship". */
	private static boolean shortClosedSyllable(String verb) {
		int n = verb.length();
		if (n < 3 || verb.chars().filter(Competences::isVowel).count() != 1) {
			return false;
		}
		char last = verb.charAt(n - 1);
		return !isVowel(last) && "wxy".indexOf(last) < 0 && isVowel(verb.charAt(n - 2)) && !isVowel(verb.charAt(n - 3));
	}

	private static boolean isVowel(int c) {
		return "aeiou".indexOf(c) >= 0;
	}

}

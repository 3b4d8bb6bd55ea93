package dev.careers.taxonomy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.careers.taxonomy.Draft.Label;
import dev.careers.taxonomy.Draft.LabelKind;
import dev.careers.taxonomy.Draft.SkillType;

/**
 * The rules that turn source labels into aliases a matcher can trust. Each rule is documented in
 * the worker's {@code skills/README.md}; the lists it uses ({@code noise.txt}, {@code ambiguous.txt})
 * are curated by hand from corpus runs.
 */
final class Curation {

	/** Longer labels are descriptions ("ability to comprehend spoken and written Finnish"), never written verbatim. */
	static final int MAX_TOKENS = 4;

	static final int MAX_CASE_SENSITIVE_ACRONYM = 5;

	/** "Pro" from "Real Pro", "II" from "Insight II": a vendor's product name alone must say more. */
	static final int MIN_VENDORLESS_LENGTH = 4;

	private static final Pattern BRACKETS = Pattern.compile("\\s*[(\\[][^)\\]]*[)\\]]");

	private static final Pattern VERSION = Pattern.compile("\\b\\d+(?:\\.\\d+)+\\b|\\bv\\d+\\b");

	private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVX]+");

	private static final Pattern TRAILING_SOFTWARE = Pattern.compile("(?i)\\s+software$");

	private static final Pattern TRAILING_ACRONYM = Pattern.compile("^(.+?)\\s+(\\p{Lu}[\\p{Lu}\\d&]{1,7})$");

	private final EnglishWords english;

	private final Set<String> noise;

	private final Set<String> ambiguous;

	Curation(EnglishWords english, Set<String> noise, Set<String> ambiguous) {
		this.english = english;
		this.noise = noise;
		this.ambiguous = ambiguous;
	}

	/** "Java (computer programming)" is "Java": qualifiers in brackets are never written in documents. */
	static String stripBrackets(String label) {
		return BRACKETS.matcher(label).replaceAll("").replaceAll("\\s+", " ").strip();
	}

	/** O*NET appends "software" to product names ("SAP software"); resumes do not. */
	static String dropSoftware(String example) {
		return TRAILING_SOFTWARE.matcher(example).replaceAll("").strip();
	}

	/**
	 * "Structured query language SQL" is the name "Structured query language" and the acronym
	 * "SQL". The acronym must be made of the name's initials, in order, else a product name ending
	 * in capitals ("ANSYS AQWA", "Plexis Software Plexis POS", "Insight II") would be split.
	 */
	static Optional<String[]> splitTrailingAcronym(String example) {
		Matcher m = TRAILING_ACRONYM.matcher(example);
		if (!m.matches() || ROMAN_NUMERAL.matcher(m.group(2)).matches()) {
			return Optional.empty();
		}
		String name = m.group(1).strip();
		String acronym = m.group(2);
		String[] words = name.split("\\s+");
		String letters = acronym.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
		StringBuilder initials = new StringBuilder();
		for (String word : words) {
			initials.append(Character.toLowerCase(word.charAt(0)));
		}
		boolean byInitials = words.length >= 2 && letters.length() >= words.length - 1
				&& letters.charAt(0) == initials.charAt(0) && isSubsequence(letters, initials.toString());
		return byInitials ? Optional.of(new String[] { name, acronym }) : Optional.empty();
	}

	private static boolean isSubsequence(String needle, String haystack) {
		int i = 0;
		for (int j = 0; j < haystack.length() && i < needle.length(); j++) {
			if (haystack.charAt(j) == needle.charAt(i)) {
				i++;
			}
		}
		return i == needle.length() && !needle.isEmpty();
	}

	/** The aliases of one skill that survive curation, in label order, without duplicates. */
	List<Alias> aliases(Draft draft, boolean confirmedElsewhere) {
		List<Alias> aliases = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		// the hand-written forms first: a source's "?payroll" does not shadow the vocabulary's "payroll"
		List<Label> labels = new ArrayList<>(draft.labels());
		labels.sort((a, b) -> Boolean.compare(b.kind() == LabelKind.CURATED, a.kind() == LabelKind.CURATED));
		for (Label label : labels) {
			alias(label, draft.type(), confirmedElsewhere).map(alias -> contextual(alias, draft)).ifPresent(alias -> {
				// the matcher folds case anyway: "Structured Query Language" repeats "Structured query language"
				if (seen.add(alias.caseSensitive() ? alias.text() : alias.text().toLowerCase(Locale.ROOT))) {
					aliases.add(alias);
				}
			});
		}
		return aliases;
	}

	/**
	 * A competence named by one word ("payroll" for "manage payroll", "staff" for "manage staff") is
	 * a skill where skills are listed; in a sentence it is mostly the ordinary word. So is a piece of
	 * equipment by any name.
	 */
	private static Alias contextual(Alias alias, Draft draft) {
		if (draft.equipment()) {
			return new Alias(alias.text(), alias.caseSensitive(), true);
		}
		boolean oneWord = alias.text().indexOf(' ') < 0;
		return oneWord && !alias.byHand() && Competences.CATEGORY.equals(draft.category()) && !alias.caseSensitive()
				? new Alias(alias.text(), false, true) : alias;
	}

	/**
	 * One label's fate: dropped, kept as is, or kept with a spelling and context requirement.
	 * {@code confirmedElsewhere} is false for a Linguist-only language: an obscure name ("Pony",
	 * "Clean") is trusted only where the text is about technology, and dropped if it is an English word.
	 */
	Optional<Alias> alias(Label label, SkillType type, boolean confirmedElsewhere) {
		if (label.kind() == LabelKind.CURATED) {
			return Optional.of(Alias.byHand(label.text()));
		}
		String text = stripBrackets(label.text()).replaceAll("[|\\t]", " ").replaceAll("[\\s,;:.!]+$", "").strip();
		String key = text.toLowerCase(Locale.ROOT);
		String[] tokens = text.split("[\\s/]+");
		if (text.isEmpty() || tokens.length > MAX_TOKENS || isNoise(key) || VERSION.matcher(text).find()
				|| text.chars().noneMatch(Character::isLetter)) {
			return Optional.empty();
		}
		if (label.kind() == LabelKind.BRAND) {
			return Optional.of(new Alias(text, true, !confirmedElsewhere));
		}
		if (ambiguous.contains(key)) {
			// the lower-case spelling is the ordinary word ("make", "go"); only the name's spelling is kept
			return hasCapital(text) ? Optional.of(new Alias(text, true, true)) : Optional.empty();
		}
		boolean allCaps = isAllCaps(text);
		if (text.length() == 1 || text.length() == 2 && !allCaps && !text.contains("#")
				|| text.length() == 2 && type == SkillType.TOOL) {
			return Optional.empty();
		}
		boolean single = tokens.length == 1;
		if (single && label.kind() == LabelKind.HIDDEN) {
			// hidden labels are search helpers ("initiative", "kneel"), not names; alone they match everywhere
			return Optional.empty();
		}
		if (allCaps && type == SkillType.TOOL && english.isCommon(key)) {
			// equipment acronyms that spell a word ("ARTS" for radar terminal systems) are that word in a resume
			return Optional.empty();
		}
		if (allCaps && text.length() <= MAX_CASE_SENSITIVE_ACRONYM) {
			// "LED", "DID", "HR": a short acronym is written in capitals; in lower case it is a word ("led", "did")
			return Optional.of(new Alias(text, true, !confirmedElsewhere));
		}
		boolean commonWord = single && english.isCommon(key);
		if (type == SkillType.LANGUAGE && single) {
			return Optional.of(new Alias(text, true, true));
		}
		if (commonWord) {
			return commonWord(text, label.kind(), type, confirmedElsewhere);
		}
		if (label.kind() == LabelKind.WITHOUT_VENDOR
				&& (single && text.length() < MIN_VENDORLESS_LENGTH || english.allCommon(tokens))) {
			return Optional.empty();
		}
		return Optional.of(new Alias(text, false, !confirmedElsewhere));
	}

	/** Listed as noise, in this form or as the plural of a listed form ("energies", "processes"). */
	private boolean isNoise(String key) {
		return noise.contains(key) || key.endsWith("ies") && noise.contains(key.substring(0, key.length() - 3) + "y")
				|| key.endsWith("s") && noise.contains(key.substring(0, key.length() - 1))
				|| key.endsWith("es") && noise.contains(key.substring(0, key.length() - 2));
	}

	/**
	 * A skill named by one ordinary English word. A soft skill's own name ("leadership") counts in a
	 * skills section only; a product whose own name is a capitalised word ("Ruby") needs that spelling
	 * and context; a knowledge area's own name ("accounting") is kept; any other single word ("data"
	 * for statistics, "Marketing" for Microsoft Dynamics Marketing) is someone's synonym and matches
	 * everywhere, so it goes. Products people do name by one word ("Word", "Access") are in
	 * {@code ambiguous.txt}.
	 */
	private static Optional<Alias> commonWord(String text, LabelKind kind, SkillType type, boolean confirmedElsewhere) {
		boolean ownName = kind == LabelKind.PREFERRED;
		if (!confirmedElsewhere || type == SkillType.TOOL && !hasCapital(text)) {
			return Optional.empty();
		}
		if (type == SkillType.SOFT) {
			return ownName ? Optional.of(new Alias(text, false, true)) : Optional.empty();
		}
		if (kind == LabelKind.PREFERRED && hasCapital(text)) {
			return Optional.of(new Alias(text, true, true));
		}
		return ownName ? Optional.of(new Alias(text, false, false)) : Optional.empty();
	}

	/** "LED", and its plural "LEDs". */
	private static boolean isAllCaps(String text) {
		String singular = text.length() > 2 && text.endsWith("s") ? text.substring(0, text.length() - 1) : text;
		return singular.chars().anyMatch(Character::isLetter)
				&& singular.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
	}

	private static boolean hasCapital(String text) {
		return text.chars().anyMatch(Character::isUpperCase);
	}

}

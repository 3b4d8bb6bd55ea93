package dev.careers.worker.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.careers.worker.skills.Sections.Section;

/**
 * The items of a resume's skills lists (Skills, Highlights, Core Qualifications, Technical Skills):
 * each line of such a section split at commas, semicolons, pipes, bullets, tabs and column gaps,
 * trimmed of list marks, and kept only when it could be a skill. Plainly-not-skills are left out:
 * personality adjectives ("hard-working", "team player"), the placeholders of anonymised resumes
 * ("Company Name", "City , State"), job titles ("Office Manager"), sentences and numbers.
 */
final class ListItems {

	/**
	 * An item's offsets in the text; {@code selfGraded} when it opens with a grade the person gives
	 * themselves ("Excellent driving record"): kept only if it maps to a known skill.
	 */
	record Item(int start, int end, boolean selfGraded) {
	}

	private static final int MAX_WORDS = 5;

	private static final int MIN_LETTERS = 2;

	/** Words that describe a person rather than name a skill (the gold labelling rules agree). */
	private static final Set<String> NOT_SKILLS = Set.of("hard working", "hardworking", "hard worker", "honest",
			"dependable", "reliable", "self motivated", "self starter", "motivated", "energetic", "fast learner",
			"quick learner", "team player", "punctual", "calm under pressure", "positive attitude", "friendly",
			"enthusiastic", "flexible", "loyal", "trustworthy", "outgoing", "dedicated", "passionate", "creative",
			"professional", "responsible", "driven", "results oriented", "goal oriented", "team oriented",
			"personable", "courteous", "polite", "mature", "diligent", "proactive", "ambitious", "confident",
			"self directed", "service minded", "professional demeanor",
			// the people one reports to, not a skill
			"senior management", "executive management", "upper management",
			"company name", "city", "state", "city state", "name", "date", "present", "current", "skills", "skill",
			"other", "others", "etc", "various", "and more", "excellent", "strong", "good", "advanced", "basic",
			"intermediate", "proficient", "experienced", "knowledge", "ability", "abilities", "expertise",
			"highlights", "summary", "qualifications", "experience", "education", "bi");

	/** Last words of a job title: "Office Manager", "Sales Associate". */
	private static final Set<String> TITLE_WORDS = Set.of("manager", "assistant", "clerk", "specialist",
			"representative", "director", "officer", "analyst", "accountant", "associate", "supervisor",
			"coordinator", "administrator", "executive", "consultant", "engineer", "technician", "intern",
			"president", "chef", "cook", "driver", "teller", "cashier", "advocate", "attorney", "lawyer", "agent",
			"designer", "developer", "nurse", "worker", "operator", "mechanic", "pilot", "instructor", "teacher",
			"owner", "founder", "lead", "head");

	/** Words that make an item a sentence or a fragment of one. */
	private static final Set<String> SENTENCE_WORDS = Set.of("i", "my", "me", "is", "are", "was", "were", "will",
			"have", "has", "be", "been", "who", "which", "that", "able");

	/**
	 * Words that make an item a claim about the person, not a skill: "Strong work ethic", "Proven
	 * patience", "works well with others", "Willing to try new things", "20+ years ...".
	 */
	private static final Set<String> PERSONAL_WORDS = Set.of("ethic", "attitude", "integrity", "patience", "player",
			"trustworthy", "compassionate", "dependable", "willing", "interested", "striving", "excellence", "others",
			"years", "feels", "proven", "energetic", "adaptive", "personal", "member", "pounds", "lbs");

	/** Grades the person gives themselves: "Excellent driving record", "Good at following instructions". */
	private static final Set<String> SELF_GRADES = Set.of("excellent", "good", "strong", "solid", "great",
			"outstanding", "exceptional", "superb", "credible");

	private static final Set<String> LINK_WORDS = Set.of("and", "or", "including", "with", "to", "of",
			"the", "a", "an", "any", "in", "on", "for", "from", "by");

	private ListItems() {
	}

	/** Every credible item of every skills-section line, in text order. */
	static List<Item> of(String text, Sections sections) {
		List<Item> items = new ArrayList<>();
		int lineStart = 0;
		while (lineStart < text.length()) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			if (sections.at(lineStart) == Section.SKILLS) {
				int from = lineStart;
				while (from < lineEnd && sections.inHeading(from)) {
					from++;
				}
				split(text, from, lineEnd, items);
			}
			lineStart = lineEnd + 1;
		}
		return items;
	}

	private static void split(String text, int from, int to, List<Item> items) {
		if (isProse(text, from, to)) {
			return;
		}
		int itemStart = from;
		for (int i = from; i <= to; i++) {
			if (i == to || isSeparator(text, i, to)) {
				// the label of the items after it ("Editing Tools: Photoshop, Corel Draw") is no item itself
				if (i == to || text.charAt(i) != ':') {
					addIfCredible(text, itemStart, i, items);
				}
				itemStart = i + 1;
			}
		}
	}

	/**
	 * A line of more words than an item has before its first list mark, or one that opens with a
	 * duty ("Partnered with law firms, judges, ..."): a sentence, not a list; its commas part the
	 * objects of a verb, not skills.
	 */
	private static boolean isProse(String text, int from, int to) {
		int firstMark = from;
		while (firstMark < to && !isSeparator(text, firstMark, to)) {
			firstMark++;
		}
		String[] words = key(text.substring(from, firstMark)).split(" ");
		return firstMark == to && words.length > MAX_WORDS || words.length > 2 && isPastTense(words[0]);
	}

	private static boolean isSeparator(String text, int i, int lineEnd) {
		char c = text.charAt(i);
		return c == ',' || c == ';' || c == '|' || c == '\u2022' || c == '\u00b7' || c == '\u25cf' || c == '\u25aa'
				|| c == '\u2023' || c == '\t' || c == '\uf0b7' || c == '*' || c == ':'
				|| (c == ' ' && i + 1 < lineEnd && text.charAt(i + 1) == ' ');
	}

	private static void addIfCredible(String text, int start, int end, List<Item> items) {
		while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
			start++;
		}
		while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1)) && text.charAt(end - 1) != '+'
				&& text.charAt(end - 1) != '#' && text.charAt(end - 1) != ')') {
			end--;
		}
		String item = text.substring(start, end);
		if (end > start && credible(item)) {
			items.add(new Item(start, end, selfGraded(item)));
		}
	}

	static boolean credible(String item) {
		String key = key(item);
		String[] words = key.split(" ");
		long letters = item.chars().filter(Character::isLetter).count();
		if (key.isEmpty() || words.length > MAX_WORDS || letters < MIN_LETTERS || NOT_SKILLS.contains(key)) {
			return false;
		}
		if (isTitleWord(words[words.length - 1]) || letters * 2 < item.length() - countSpaces(item)) {
			return false;
		}
		for (String word : words) {
			if (SENTENCE_WORDS.contains(word) || PERSONAL_WORDS.contains(word)) {
				return false;
			}
		}
		if (words.length > 2 && isPastTense(words[0])) {
			// a duty cut from a sentence: "Translated business goals", "Collaborated with the sales"
			return false;
		}
		if (LINK_WORDS.contains(words[0]) || LINK_WORDS.contains(words[words.length - 1]) || item.contains(". ")) {
			// a sentence cut at a comma or a line: "and accepts responsibility", "problems. Researched", "Ability to"
			return false;
		}
		if (words.length == 2 && "page".equals(words[0]) && Character.isDigit(words[1].charAt(0))) {
			// a page footer the text kept: "page 2"
			return false;
		}
		// one word the dictionary does not know is a generic word ("clients", "Sales") unless an acronym of
		// three letters or more: two (HP, IP, PP) name too many things, and the dictionary's own (QA, HR) matched
		return words.length > 1 || isAcronym(item) && letters > 2;
	}

	/**
	 * An item that opens with a grade the person gives themselves ("Excellent driving record") is a
	 * claim, not a skill to keep unmapped; one that maps ("Excellent written/verbal") or says it
	 * names skills ("Excellent Written skills") is not counted here.
	 */
	private static boolean selfGraded(String item) {
		String[] words = key(item).split(" ");
		return SELF_GRADES.contains(words[0]) && !"skills".equals(words[words.length - 1]);
	}

	/** "Office Manager", "Sales Associate": the last word of a job title. */
	static boolean isTitleWord(String lowerCaseWord) {
		return TITLE_WORDS.contains(lowerCaseWord) || lowerCaseWord.endsWith("s")
				&& TITLE_WORDS.contains(lowerCaseWord.substring(0, lowerCaseWord.length() - 1));
	}

	/** "Translated", "Worked": a verb of a duty; "Advanced" and "Licensed" name a level or a credential. */
	private static boolean isPastTense(String word) {
		return word.length() > 4 && word.endsWith("ed") && !"advanced".equals(word) && !"licensed".equals(word)
				&& !"certified".equals(word) && !"registered".equals(word);
	}

	private static boolean isAcronym(String item) {
		return item.length() >= 2 && item.length() <= 6 && item.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
	}

	/** Lower case, letters and digits, one space between words: "Hard-working" is "hard working". */
	static String key(String item) {
		StringBuilder key = new StringBuilder(item.length());
		boolean space = false;
		for (int i = 0; i < item.length(); i++) {
			char c = item.charAt(i);
			if (Character.isLetterOrDigit(c) || c == '+' || c == '#') {
				if (space && key.length() > 0) {
					key.append(' ');
				}
				key.append(Character.toLowerCase(c));
				space = false;
			}
			else {
				space = true;
			}
		}
		return key.toString().toLowerCase(Locale.ROOT);
	}

	private static long countSpaces(String item) {
		return item.chars().filter(Character::isWhitespace).count();
	}

}

package dev.careers.taxonomy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which words are ordinary English, learnt from the sources' own text (ESCO descriptions and
 * alternative labels, O*NET occupation descriptions and content model): a word seen there in lower
 * case often enough ("access", "word", "scholar") is ambiguous when a skill is named by it alone.
 */
final class EnglishWords {

	static final int COMMON_AT = 3;

	private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}\\d.#+-])[a-z]+(?![\\p{L}\\d#+])");

	private final Map<String, Integer> counts = new HashMap<>();

	/** Counts every lower-case word of {@code prose}; capitalised words are names, not evidence. */
	void learn(String prose) {
		Matcher m = LOWER_WORD.matcher(prose);
		while (m.find()) {
			counts.merge(m.group(), 1, Integer::sum);
		}
	}

	boolean isCommon(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return count(lower) >= COMMON_AT || lower.endsWith("s") && count(lower.substring(0, lower.length() - 1)) >= COMMON_AT;
	}

	boolean allCommon(String[] words) {
		for (String word : words) {
			if (!isCommon(word)) {
				return false;
			}
		}
		return true;
	}

	private int count(String word) {
		return counts.getOrDefault(word, 0);
	}

}

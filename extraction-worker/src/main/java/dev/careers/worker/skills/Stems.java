package dev.careers.worker.skills;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * A key for a phrase that ignores inflection, derivation and word order, so that a duty and a
 * skill's name meet: "Reconciled accounts" and "account reconciliation", "scheduled staff" and
 * "staff scheduling". Each word is stemmed with Lucene's Snowball English (Porter2) stemmer and cut
 * to its first {@value #STEM_PREFIX} letters, because Porter2 stems a verb and its noun a letter apart
 * ("reconcil", "reconcili"); the stems are sorted; "and", "&", "of" and the like are left out.
 */
final class Stems {

	private static final int STEM_PREFIX = 6;

	/** Words that say nothing about the skill: "accounts payable and receivable", "planning of events". */
	static final Set<String> FILLER = Set.of("a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "with",
			"all", "my", "our", "their", "new", "daily", "various", "multiple", "&");

	private final EnglishStemmer stemmer = new EnglishStemmer();

	/** A resume repeats its words: each is stemmed once per document (one {@code Stems} per match). */
	private final Map<String, String> stems = new HashMap<>(512);

	/** The stem of one lower-case word, cut to its prefix. */
	String stem(String word) {
		String known = stems.get(word);
		if (known != null) {
			return known;
		}
		stemmer.setCurrent(word);
		stemmer.stem();
		String stem = stemmer.getCurrent();
		stem = stem.length() > STEM_PREFIX ? stem.substring(0, STEM_PREFIX) : stem;
		stems.put(word, stem);
		return stem;
	}

	/** The order-free key of lower-case words, fillers left out; null when no word is left. */
	String key(String... words) {
		String[] stems = Arrays.stream(words).filter(w -> !FILLER.contains(w)).map(this::stem).sorted().toArray(String[]::new);
		return stems.length == 0 ? null : String.join(" ", stems);
	}

}

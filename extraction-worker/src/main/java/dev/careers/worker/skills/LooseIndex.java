package dev.careers.worker.skills;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.careers.worker.skills.Taxonomy.Alias;
import dev.careers.worker.skills.Taxonomy.Entry;

/**
 * The taxonomy's multi-word aliases by their {@link Stems} key, for what the trie's exact token
 * paths miss: another word order, another inflection, "&" for "and" ("Payroll & benefits
 * administration", "scheduling of staff", "Reconciled accounts"). Built once at start-up.
 */
final class LooseIndex {

	/** An alias found by its key: the entry and the alias as the dictionary writes it. */
	record Found(int entry, String alias) {
	}

	private static final int MAX_WORDS = 4;

	private final Map<String, Found> byKey = new HashMap<>(1 << 16);

	/** Every stem of a two-word key: a duty's word pair is keyed only when both words have one. */
	private final Set<String> pairStems = new HashSet<>(1 << 14);

	LooseIndex(List<Entry> entries, Stems stems) {
		for (int e = 0; e < entries.size(); e++) {
			Entry entry = entries.get(e);
			for (Alias alias : entry.aliases()) {
				if (alias.caseSensitive() || alias.needsContext()) {
					continue;
				}
				String[] words = words(alias.text());
				if (words.length < 2 || words.length > MAX_WORDS) {
					continue;
				}
				String key = stems.key(words);
				if (key != null && key.indexOf(' ') > 0) {
					byKey.putIfAbsent(key, new Found(e, alias.text()));
					String[] parts = key.split(" ");
					if (parts.length == 2) {
						pairStems.add(parts[0]);
						pairStems.add(parts[1]);
					}
				}
			}
		}
	}

	/** The two-word skill whose key the stems {@code first} and {@code second} make, in either order. */
	Found findPair(String first, String second) {
		if (!pairStems.contains(first) || !pairStems.contains(second)) {
			return null;
		}
		return byKey.get(first.compareTo(second) <= 0 ? first + " " + second : second + " " + first);
	}

	Found find(String key) {
		return key == null ? null : byKey.get(key);
	}

	/** The lower-case words of a phrase, as {@link Tokens} normalises them. */
	static String[] words(String phrase) {
		return Tokens.of(phrase).stream().map(Tokens.Token::normalised).toArray(String[]::new);
	}

}

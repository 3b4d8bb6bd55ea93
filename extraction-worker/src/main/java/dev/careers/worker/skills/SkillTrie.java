package dev.careers.worker.skills;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.careers.worker.skills.Taxonomy.Alias;
import dev.careers.worker.skills.Taxonomy.Entry;

/**
 * Every alias of the taxonomy as a path of normalised tokens, built once. Matching walks it from
 * each token of a document and keeps the longest alias that ends there, so "Microsoft Excel" wins
 * over "Excel" and a document is read in one pass.
 */
final class SkillTrie {

	/**
	 * An alias ending at a node: which entry it names, how strictly it must be spelled, and the alias
	 * as the dictionary writes it (what a recruiter reads when the text used this alias), and whether
	 * the alias itself runs across a list mark ("extract, transform, load"): only such an alias
	 * matches words that a list mark separates in a document.
	 */
	record Target(int entry, String[] spelling, boolean caseSensitive, boolean needsContext, boolean preferred,
			String alias, boolean byHand, boolean leadsDuty, boolean acrossBreak) {

		/** A skill found otherwise than by one of its aliases' token paths: by a list item or a duty. */
		static Target found(int entry, String alias) {
			return new Target(entry, null, false, false, false, alias, false, false, false);
		}

	}

	static final class Node {

		private final Map<String, Node> next = new HashMap<>(4);

		private List<Target> targets = List.of();

		Node next(String token) {
			return next.get(token);
		}

		List<Target> targets() {
			return targets;
		}

	}

	private final Node root = new Node();

	private final int longestAlias;

	SkillTrie(List<Entry> entries) {
		int longest = 0;
		for (int e = 0; e < entries.size(); e++) {
			Entry entry = entries.get(e);
			for (Alias alias : entry.aliases()) {
				boolean preferred = alias.text().equalsIgnoreCase(entry.name());
				longest = Math.max(longest, add(e, alias, alias.text(), preferred));
				String joined = joined(alias.text());
				if (!joined.equals(alias.text())) {
					add(e, alias, joined, preferred);
				}
			}
		}
		this.longestAlias = longest;
	}

	Node root() {
		return root;
	}

	int longestAlias() {
		return longestAlias;
	}

	private int add(int entry, Alias alias, String text, boolean preferred) {
		List<Tokens.Token> tokens = Tokens.of(text);
		if (tokens.isEmpty()) {
			return 0;
		}
		Node node = root;
		String[] spelling = new String[tokens.size()];
		boolean acrossBreak = false;
		for (int i = 0; i < tokens.size(); i++) {
			Tokens.Token token = tokens.get(i);
			acrossBreak |= i > 0 && Tokens.listOrSentenceBreak(text, tokens.get(i - 1).end(), token.start());
			spelling[i] = text.substring(token.start(), token.end());
			node = node.next.computeIfAbsent(token.normalised(), t -> new Node());
		}
		for (Target existing : node.targets) {
			// one lenient alias per entry and node; each exact spelling of its own ("SLA" and "SLAs")
			if (existing.entry() == entry && existing.caseSensitive() == alias.caseSensitive()
					&& (!alias.caseSensitive() || Arrays.equals(existing.spelling(), spelling))) {
				return tokens.size();
			}
		}
		List<Target> targets = new ArrayList<>(node.targets);
		targets.add(new Target(entry, spelling, alias.caseSensitive(), alias.needsContext(), preferred,
				alias.text(), alias.byHand(), alias.leadsDuty(), acrossBreak));
		node.targets = List.copyOf(targets);
		return tokens.size();
	}

	/** "Node.js" is also written "NodeJS", "e-mail" "email": the form without inner dots, dashes or slashes. */
	static String joined(String alias) {
		StringBuilder joined = new StringBuilder(alias.length());
		for (int i = 0; i < alias.length(); i++) {
			char c = alias.charAt(i);
			boolean inner = i > 0 && i < alias.length() - 1 && Character.isLetterOrDigit(alias.charAt(i - 1))
					&& Character.isLetterOrDigit(alias.charAt(i + 1));
			if (!(inner && (c == '.' || c == '-' || c == '/'))) {
				joined.append(c);
			}
		}
		return joined.toString();
	}

}

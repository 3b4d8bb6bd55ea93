package dev.careers.worker.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into word tokens with their offsets and a normalised form, the same way for the
 * dictionary and for documents so that both sides meet: lower case, plural endings folded,
 * "C++", "C#" and ".NET" kept whole, and every other punctuation mark a boundary.
 */
final class Tokens {

	private Tokens() {
	}

	record Token(int start, int end, String normalised) {
	}

	static List<Token> of(String text) {
		List<Token> tokens = new ArrayList<>(text.length() / 5);
		int length = text.length();
		int i = 0;
		while (i < length) {
			char c = text.charAt(i);
			if (!Character.isLetterOrDigit(c)) {
				i++;
				continue;
			}
			int start = i;
			// ".NET" and ".js"-style names keep their dot when it starts a word
			if (start > 0 && text.charAt(start - 1) == '.' && (start < 2 || !Character.isLetterOrDigit(text.charAt(start - 2)))) {
				start--;
			}
			while (i < length && Character.isLetterOrDigit(text.charAt(i))) {
				i++;
			}
			while (i < length && text.charAt(i) == '+' && i - start <= 3) {
				i++;
			}
			if (i < length && text.charAt(i) == '#' && i - start <= 2) {
				i++;
			}
			tokens.add(new Token(start, i, normalise(text, start, i)));
		}
		return tokens;
	}

	/**
	 * Whether a list or sentence mark lies between two words ("clients, database", "organization.
	 * Skills"): a comma, semicolon, colon, bar or bullet, or a full stop, question or exclamation mark
	 * before a space. Not a line break (a name wraps) nor an inner dot ("Node.js").
	 */
	static boolean listOrSentenceBreak(CharSequence text, int from, int to) {
		return breaks(text, from, to, true);
	}

	/** A mark that ends a sentence or a list's item of its own: as {@link #listOrSentenceBreak} but not a comma. */
	static boolean sentenceBreak(CharSequence text, int from, int to) {
		return breaks(text, from, to, false);
	}

	private static boolean breaks(CharSequence text, int from, int to, boolean comma) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c == ',' && comma || c == ';' || c == ':' || c == '|' || c == '\u2022' || c == '\u00b7') {
				return true;
			}
			if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
				return true;
			}
		}
		return false;
	}

	/** Lower case and a light plural fold: "databases" and "database" are one token. */
	static String normalise(CharSequence text, int start, int end) {
		String word = text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
		int n = word.length();
		if (n > 4 && word.endsWith("ies")) {
			return word.substring(0, n - 3) + "y";
		}
		if (n > 4 && word.endsWith("sses")) {
			return word.substring(0, n - 2);
		}
		// "-ics" names a field ("electronics", "statistics"); without its s it is an adjective
		if (n > 3 && word.charAt(n - 1) == 's' && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")
				&& !word.endsWith("ics") && Character.isLetter(word.charAt(n - 2))) {
			return word.substring(0, n - 1);
		}
		return word;
	}

}

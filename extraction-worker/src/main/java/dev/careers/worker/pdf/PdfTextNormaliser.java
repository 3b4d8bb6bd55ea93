package dev.careers.worker.pdf;

/**
 * Makes extracted text match what a person typed: typographic ligatures spelt out, words split
 * across a line end by a hyphen joined again, soft hyphens, non-breaking spaces and control
 * characters removed, and the "Â" that a non-breaking space leaves when a resume's text was once
 * decoded as Latin-1 ("Effectively prioritize tasksÂ ") dropped. One pass, no regular expressions:
 * it runs on every page of every document.
 */
public final class PdfTextNormaliser {

	private PdfTextNormaliser() {
	}

	public static String normalise(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c == '-' && joinsHyphenatedWord(text, i, out)) {
				i = skipLineBreak(text, i + 1) - 1;
				continue;
			}
			if (c == '\u00C2' && isMisreadSpaceAt(text, i)) {
				continue;
			}
			appendNormalised(c, out);
		}
		return out.toString();
	}

	/** "develop-\nment" is one word; "Java -\nSpring" and "2019-\n2020" are not joined. */
	private static boolean joinsHyphenatedWord(String text, int hyphen, StringBuilder out) {
		if (out.length() == 0 || !Character.isLetter(out.charAt(out.length() - 1))) {
			return false;
		}
		int next = skipLineBreak(text, hyphen + 1);
		return next > hyphen + 1 && next < text.length() && Character.isLowerCase(text.charAt(next));
	}

	/**
	 * "Â" before a blank or at the end: the first byte of a UTF-8 non-breaking space read as Latin-1.
	 * No word ends in a capital "Â", so nothing real is lost.
	 */
	private static boolean isMisreadSpaceAt(String text, int i) {
		if (i + 1 >= text.length()) {
			return true;
		}
		char next = text.charAt(i + 1);
		return Character.isWhitespace(next) || Character.isSpaceChar(next) || next == '\u200B';
	}

	/** The index after a line break (with its surrounding blanks) at {@code from}, or {@code from}. */
	private static int skipLineBreak(String text, int from) {
		int i = from;
		while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
			i++;
		}
		if (i < text.length() && text.charAt(i) == '\r') {
			i++;
		}
		if (i >= text.length() || text.charAt(i) != '\n') {
			return from;
		}
		i++;
		while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
			i++;
		}
		return i;
	}

	private static void appendNormalised(char c, StringBuilder out) {
		switch (c) {
			case '\uFB00' -> out.append("ff");
			case '\uFB01' -> out.append("fi");
			case '\uFB02' -> out.append("fl");
			case '\uFB03' -> out.append("ffi");
			case '\uFB04' -> out.append("ffl");
			case '\uFB05', '\uFB06' -> out.append("st");
			case '\u00AD', '\u200B', '\uFEFF' -> {
				// soft hyphen, zero-width space, byte order mark: invisible, they only split words
			}
			case '\u00A0', '\u2007', '\u202F' -> out.append(' ');
			case '\r' -> {
				// line ends are '\n' only
			}
			default -> {
				if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
					out.append(c);
				}
			}
		}
	}

}

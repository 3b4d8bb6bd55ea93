package dev.careers.worker.pdf;

/**
 * Makes extracted text match what a person typed: typographic ligatures spelt out, words split
 * across a line end by a hyphen joined again, soft hyphens, non-breaking spaces and control
 * characters removed. One pass, no regular expressions: it runs on every page of every document.
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

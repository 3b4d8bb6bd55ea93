package dev.careers.taxonomy;

/**
 * A curated surface form of a skill, in the resource's notation: {@code =} prefix for
 * case-sensitive, {@code ?} for needs-context, {@code !} for vouched for by hand (no matcher
 * heuristics), {@code ^} for a verb that counts only leading a duty.
 */
record Alias(String text, boolean caseSensitive, boolean needsContext, boolean byHand, boolean leadsDuty) {

	Alias(String text, boolean caseSensitive, boolean needsContext) {
		this(text, caseSensitive, needsContext, false, false);
	}

	/** A hand-written alias with its flags in front: {@code "=GAAP"}, {@code "^hired"}. */
	static Alias byHand(String written) {
		int i = 0;
		while (i < written.length() && "=?^".indexOf(written.charAt(i)) >= 0) {
			i++;
		}
		String flags = written.substring(0, i);
		return new Alias(written.substring(i), flags.contains("="), flags.contains("?"), true, flags.contains("^"));
	}

	String encoded() {
		return (caseSensitive ? "=" : "") + (needsContext ? "?" : "") + (byHand ? "!" : "") + (leadsDuty ? "^" : "")
				+ text;
	}

}

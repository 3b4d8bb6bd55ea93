package dev.careers.taxonomy;

/**
 * A curated surface form of a skill, in the resource's notation: {@code =} prefix for
 * case-sensitive, {@code ?} prefix for needs-context.
 */
record Alias(String text, boolean caseSensitive, boolean needsContext) {

	String encoded() {
		return (caseSensitive ? "=" : "") + (needsContext ? "?" : "") + text;
	}

}

package dev.careers.worker.skills;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scoring rules of a hand-labelled skills gold set: a product skill matches a gold skill when its
 * name or its matched text, normalised, equals one of the gold skill's forms (its name or an alias
 * as printed) or contains it as whole words. Recall is the share of gold skills some product skill
 * of the same document matches, precision the share of product skills that match some gold skill
 * of the same document; both micro-averaged. The strict variant counts equality only, because a
 * one-word form ("Word", "Project") is contained in many longer names by accident.
 */
final class GoldScoring {

	/** One labelled skill: its canonical name, the strings of the text that show it, and its kind. */
	record GoldSkill(String name, List<String> aliases, String kind) {
	}

	/** What the product says about one skill: the name it shows and the text it matched. */
	record ProductSkill(String name, String matched) {
	}

	private final boolean strict;

	private final Map<String, int[]> foundByKind = new TreeMap<>();

	private int gold;

	private int goldFound;

	private int product;

	private int productCorrect;

	GoldScoring(boolean strict) {
		this.strict = strict;
	}

	/** Adds one document's labels and the product's skills for it. */
	void add(List<GoldSkill> labels, List<ProductSkill> skills) {
		for (GoldSkill label : labels) {
			boolean found = skills.stream().anyMatch(skill -> matches(skill, label, strict));
			int[] kind = foundByKind.computeIfAbsent(label.kind(), k -> new int[2]);
			kind[0] += found ? 1 : 0;
			kind[1]++;
			gold++;
			goldFound += found ? 1 : 0;
		}
		for (ProductSkill skill : skills) {
			product++;
			productCorrect += labels.stream().anyMatch(label -> matches(skill, label, strict)) ? 1 : 0;
		}
	}

	double recall() {
		return ratio(goldFound, gold);
	}

	double precision() {
		return ratio(productCorrect, product);
	}

	int productSkills() {
		return product;
	}

	/** Recall per kind of gold skill, kinds in alphabetical order. */
	Map<String, Double> recallByKind() {
		Map<String, Double> recall = new TreeMap<>();
		foundByKind.forEach((kind, counts) -> recall.put(kind, ratio(counts[0], counts[1])));
		return recall;
	}

	/** How many gold skills of each kind there are. */
	Map<String, Integer> goldByKind() {
		Map<String, Integer> counts = new TreeMap<>();
		foundByKind.forEach((kind, c) -> counts.put(kind, c[1]));
		return counts;
	}

	static boolean matches(ProductSkill skill, GoldSkill label, boolean strict) {
		return matchesText(skill.name(), label, strict) || matchesText(skill.matched(), label, strict);
	}

	private static boolean matchesText(String productText, GoldSkill label, boolean strict) {
		if (productText == null) {
			return false;
		}
		String product = normalise(productText);
		if (matchesForm(product, label.name(), strict)) {
			return true;
		}
		return label.aliases().stream().anyMatch(alias -> matchesForm(product, alias, strict));
	}

	private static boolean matchesForm(String product, String formText, boolean strict) {
		String form = normalise(formText);
		if (form.isBlank()) {
			return false;
		}
		return strict ? form.equals(product) : product.contains(form);
	}

	/**
	 * Lower case, each ASCII punctuation mark a space, runs of spaces collapsed, one space padded on
	 * each side so that containment is whole words: "TCP/IP" is " tcp ip ".
	 */
	static String normalise(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		StringBuilder normalised = new StringBuilder(lower.length() + 2).append(' ');
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			boolean space = Character.isWhitespace(c) || isAsciiPunctuation(c);
			if (!space) {
				normalised.append(c);
			}
			else if (normalised.charAt(normalised.length() - 1) != ' ') {
				normalised.append(' ');
			}
		}
		if (normalised.charAt(normalised.length() - 1) != ' ') {
			normalised.append(' ');
		}
		return normalised.toString();
	}

	private static boolean isAsciiPunctuation(char c) {
		return c >= '!' && c <= '~' && !Character.isLetterOrDigit(c);
	}

	private static double ratio(int part, int whole) {
		return whole == 0 ? 0 : (double) part / whole;
	}

}

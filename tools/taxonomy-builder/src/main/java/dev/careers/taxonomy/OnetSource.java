package dev.careers.taxonomy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.careers.taxonomy.Draft.LabelKind;
import dev.careers.taxonomy.Draft.SkillType;

/**
 * O*NET technology skills (software, as tools) and tools used (equipment). One draft per distinct
 * example; an example is hot when O*NET flags it Hot Technology for any occupation.
 */
final class OnetSource {

	/** A vendor is a first word that starts this many products ("Microsoft", "Adobe", "The MathWorks"). */
	static final int VENDOR_PRODUCTS = 5;

	private static final Pattern INNER_CAPITAL = Pattern.compile("[A-Z][a-z]{2,}[A-Z][A-Za-z]*[a-z]");

	/** "Cisco Systems WAN Manager" is no "Systems WAN Manager": what is left still starts with the company's name. */
	private static final Set<String> COMPANY_WORDS = Set.of("Systems", "Microsystems", "Instruments", "Technology",
			"Technologies", "Reuters", "Healthcare", "Engineering", "Processing", "Graphics", "Software", "Solutions",
			"Corporation", "International");

	/** Equipment most occupations use (computers, phones, copiers) says nothing about a person. */
	static final int UBIQUITOUS_TOOL_OCCUPATIONS = 100;

	/**
	 * Equipment only one occupation lists ("Kemper calipers", "13C NMR spectrometers") is named
	 * that way in almost no resume; leaving it out halves the dictionary and its start-up time.
	 */
	static final int SHARED_TOOL_OCCUPATIONS = 2;

	private static final String MICROSOFT = "Microsoft ";

	private OnetSource() {
	}

	record Row(String occupation, String example, String commodityCode, String commodityTitle, boolean hot) {
	}

	static List<Draft> technologySkills(Path onet) throws IOException {
		List<Row> rows = read(onet.resolve("Technology Skills.txt"));
		Map<String, Row> byExample = new LinkedHashMap<>();
		Set<String> hot = new HashSet<>();
		for (Row row : rows) {
			byExample.putIfAbsent(row.example(), row);
			if (row.hot()) {
				hot.add(row.example());
			}
		}
		Set<String> vendors = vendors(byExample.keySet());
		List<Draft> drafts = new ArrayList<>();
		for (Row row : byExample.values()) {
			String name = Curation.dropSoftware(row.example());
			String acronym = null;
			String[] split = Curation.splitTrailingAcronym(name).orElse(null);
			if (split != null) {
				name = split[0];
				acronym = split[1];
			}
			if (isGenericCategory(name, row.example())) {
				continue;
			}
			Draft draft = Draft.of(id(row.commodityCode(), name), displayName(name, acronym), SkillType.TOOL,
					Curation.dropSoftware(row.commodityTitle()), hot.contains(row.example()));
			if (acronym != null) {
				draft.with(acronym, LabelKind.ACRONYM);
			}
			brandAtTheEnd(name).ifPresent(brand -> draft.with(brand, LabelKind.BRAND));
			for (String withoutVendor : withoutVendor(name, vendors)) {
				draft.with(withoutVendor, LabelKind.WITHOUT_VENDOR);
				if (name.startsWith(MICROSOFT)) {
					// "MS Office", "MS Excel": how resumes abbreviate the one vendor everybody lists
					draft.with("MS " + withoutVendor, LabelKind.ALTERNATIVE);
				}
			}
			drafts.add(draft);
		}
		return drafts;
	}

	static List<Draft> toolsUsed(Path onet) throws IOException {
		List<Row> rows = read(onet.resolve("Tools Used.txt"));
		Map<String, Set<String>> occupations = new HashMap<>();
		Map<String, Row> byExample = new LinkedHashMap<>();
		for (Row row : rows) {
			occupations.computeIfAbsent(row.example(), e -> new HashSet<>()).add(row.occupation());
			byExample.putIfAbsent(row.example(), row);
		}
		List<Draft> drafts = new ArrayList<>();
		for (Row row : byExample.values()) {
			String name = row.example();
			// "12 pound sledge hammers", "10 ml pipettes": specifications, not how people name a skill
			int usedBy = occupations.get(name).size();
			if (Character.isDigit(name.charAt(0)) || usedBy > UBIQUITOUS_TOOL_OCCUPATIONS || usedBy < SHARED_TOOL_OCCUPATIONS) {
				continue;
			}
			String acronym = null;
			String[] split = Curation.splitTrailingAcronym(name).orElse(null);
			if (split != null) {
				name = split[0];
				acronym = split[1];
			}
			Draft draft = Draft.equipment(id(row.commodityCode(), name), displayName(name, acronym), row.commodityTitle());
			if (acronym != null) {
				draft.with(acronym, LabelKind.ACRONYM);
			}
			drafts.add(draft);
		}
		return drafts;
	}

	/** "Structured query language (SQL)": recruiters know the acronym, the bracket keeps the name matchable. */
	private static String displayName(String name, String acronym) {
		return acronym == null ? name : name + " (" + acronym + ")";
	}

	/**
	 * "Word processing software", "Web browser software": an example that only restates its
	 * category (no proper name in it) names no product.
	 */
	static boolean isGenericCategory(String name, String example) {
		if (example.equals(name) || !example.toLowerCase(Locale.ROOT).endsWith("software")) {
			return false;
		}
		String[] words = name.split("\\s+");
		for (int i = 0; i < words.length; i++) {
			String word = words[i];
			boolean capitalised = word.chars().skip(i == 0 ? 1 : 0).anyMatch(Character::isUpperCase);
			if (capitalised || word.chars().anyMatch(Character::isDigit) && word.length() > 2) {
				return false;
			}
		}
		return true;
	}

	static Set<String> vendors(Iterable<String> examples) {
		Map<String, Integer> firstWords = new HashMap<>();
		for (String example : examples) {
			for (String prefix : prefixes(Curation.dropSoftware(example))) {
				firstWords.merge(prefix, 1, Integer::sum);
			}
		}
		Set<String> vendors = new HashSet<>();
		firstWords.forEach((prefix, count) -> {
			if (count >= VENDOR_PRODUCTS && !prefix.equals("The") && Character.isUpperCase(prefix.charAt(0))
					&& !onlyPartOfALongerName(prefix, count, firstWords)) {
				vendors.add(prefix);
			}
		});
		return vendors;
	}

	/** "Hewlett" of "Hewlett Packard": a first word that starts no product but through the same second word. */
	private static boolean onlyPartOfALongerName(String prefix, int count, Map<String, Integer> prefixCounts) {
		if (prefix.indexOf(' ') >= 0) {
			return false;
		}
		return prefixCounts.entrySet().stream()
			.anyMatch(other -> other.getKey().startsWith(prefix + " ") && other.getValue() == count);
	}

	private static List<String> prefixes(String name) {
		String[] words = name.split("\\s+");
		List<String> prefixes = new ArrayList<>(2);
		if (words.length > 1) {
			prefixes.add(words[0]);
		}
		if (words.length > 2) {
			prefixes.add(words[0] + " " + words[1]);
		}
		return prefixes;
	}

	/**
	 * "Microsoft Excel" is also "Excel": each known vendor prefix removed, longest first, where a
	 * capitalised name is left; "Microsoft Dynamics AX" is "AX" (too short to keep) and "Dynamics AX".
	 */
	static List<String> withoutVendor(String name, Set<String> vendors) {
		String[] words = name.split("\\s+");
		List<String> names = new ArrayList<>(2);
		for (int take = Math.min(2, words.length - 1); take >= 1; take--) {
			String prefix = String.join(" ", java.util.Arrays.copyOfRange(words, 0, take));
			String rest = String.join(" ", java.util.Arrays.copyOfRange(words, take, words.length));
			if (vendors.contains(prefix) && !COMPANY_WORDS.contains(words[take])
					&& (Character.isUpperCase(rest.charAt(0)) || Character.isDigit(rest.charAt(0)))) {
				names.add(rest);
			}
		}
		return names;
	}

	/**
	 * "Sparta Systems TrackWise" is also "TrackWise": a last word with a capital inside ends a product
	 * name as its brand, whatever the vendor is called, and no English word is spelt that way.
	 */
	static Optional<String> brandAtTheEnd(String name) {
		String[] words = name.split("\\s+");
		String last = words[words.length - 1];
		return words.length > 1 && INNER_CAPITAL.matcher(last).matches() ? Optional.of(last) : Optional.empty();
	}

	private static String id(String commodityCode, String name) {
		return "onet:" + commodityCode + ":" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9+#]+", "-")
			.replaceAll("^-|-$", "");
	}

	private static List<Row> read(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		List<Row> rows = new ArrayList<>(lines.size());
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split("\t", -1);
			rows.add(new Row(f[0], f[1].strip(), f[2], f[3], f.length > 4 && "Y".equals(f[4])));
		}
		return rows;
	}

	/** O*NET occupation titles and descriptions and its content model: plain English to learn common words from. */
	static void learnEnglish(Path onet, EnglishWords english) throws IOException {
		for (String file : List.of("Occupation Data.txt", "Content Model Reference.txt")) {
			for (String line : Files.readAllLines(onet.resolve(file), StandardCharsets.UTF_8)) {
				english.learn(line);
			}
		}
	}

}

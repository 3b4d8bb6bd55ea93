package dev.careers.taxonomy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.careers.taxonomy.Draft.LabelKind;
import dev.careers.taxonomy.Draft.SkillType;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Programming, markup and data languages from GitHub Linguist. Its aliases are editor and file-type
 * ids ("cake" for C#, "node" for JavaScript, "envrc" for Shell), so only those that abbreviate or
 * extend the language's own name ("js", "golang") are kept.
 */
final class LinguistSource {

	static final String CATEGORY = "Programming language";

	private LinguistSource() {
	}

	/** A language and whether Linguist calls it "data" (JSON, YAML, SQL): such are kept only if another source names them. */
	record Language(Draft draft, boolean data) {
	}

	static List<Language> read(Path linguist) throws IOException {
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(16 * 1024 * 1024);
		Map<String, Map<String, Object>> languages;
		try (Reader reader = Files.newBufferedReader(linguist.resolve("languages.yml"), StandardCharsets.UTF_8)) {
			languages = new Yaml(new SafeConstructor(options)).load(reader);
		}
		List<Language> result = new ArrayList<>();
		languages.forEach((name, attributes) -> {
			String type = String.valueOf(attributes.get("type"));
			if (!type.equals("programming") && !type.equals("markup") && !type.equals("data")) {
				return;
			}
			Draft draft = Draft.of("linguist:" + attributes.get("language_id"), name, SkillType.HARD, CATEGORY, false);
			Object aliases = attributes.get("aliases");
			if (aliases instanceof List<?> list) {
				for (Object alias : list) {
					if (namesTheLanguage(String.valueOf(alias), name)) {
						draft.with(String.valueOf(alias), LabelKind.ALTERNATIVE);
					}
				}
			}
			result.add(new Language(draft, type.equals("data")));
		});
		return result;
	}

	/** "js" abbreviates JavaScript and "golang" extends Go; "cake" and "node" name something else. */
	static boolean namesTheLanguage(String alias, String name) {
		String a = alias.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9+#]", "");
		String n = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9+#]", "");
		if (a.length() < 2 || a.equals(n)) {
			return false;
		}
		if (a.startsWith(n) && n.length() >= 2) {
			return true;
		}
		return a.charAt(0) == n.charAt(0) && isSubsequence(a, n);
	}

	private static boolean isSubsequence(String needle, String haystack) {
		int i = 0;
		for (int j = 0; j < haystack.length() && i < needle.length(); j++) {
			if (haystack.charAt(j) == needle.charAt(i)) {
				i++;
			}
		}
		return i == needle.length();
	}

}

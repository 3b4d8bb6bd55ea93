package dev.careers.taxonomy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import dev.careers.taxonomy.Draft.Label;
import dev.careers.taxonomy.Draft.LabelKind;
import dev.careers.taxonomy.Draft.SkillType;

/**
 * Merges the sources' drafts into one skill per name and gives every alias to exactly one skill.
 * Sources are added in order of trust: a skill keeps the id, type and category of the first source
 * that names it, and takes the labels of the others.
 */
final class Dictionary {

	record Skill(String id, String name, SkillType type, String category, boolean hot, List<Alias> aliases) {
	}

	private static final class Merged {

		private final Draft first;

		private final List<Label> labels = new ArrayList<>();

		private boolean hot;

		/** Equipment only while every source that names it says so: a product or concept of the same name is more. */
		private boolean equipment;

		private SkillType type;

		private String category;

		private boolean confirmedOutsideLinguist;

		/** The source concept a vocabulary skill stands for: the first source skill merged into it. */
		private String sourceId;

		Merged(Draft first, boolean fromLinguist) {
			this.first = first;
			this.type = first.type();
			this.category = first.category();
			this.confirmedOutsideLinguist = !fromLinguist;
			this.equipment = first.equipment();
			add(first);
		}

		void add(Draft draft) {
			labels.addAll(draft.labels());
			hot |= draft.hot();
			equipment &= draft.equipment();
		}

	}

	private final Map<String, Merged> byName = new LinkedHashMap<>();

	private final Map<String, Merged> acronyms = new HashMap<>();

	/** The vocabulary's aliases: a source skill named by one ("manage time") is that vocabulary skill. */
	private final Map<String, Merged> vocabulary = new HashMap<>();

	private final Curation curation;

	Dictionary(Curation curation) {
		this.curation = curation;
	}

	/**
	 * A skill of the project's vocabulary, added before every source: a source skill with its name
	 * or one of its aliases joins it, and lends it its id.
	 */
	void addVocabulary(Draft draft) {
		Merged merged = new Merged(draft, false);
		byName.put(key(draft.name()), merged);
		draft.labels()
			.stream()
			.map(label -> Alias.byHand(label.text()))
			.filter(alias -> !alias.leadsDuty())
			.forEach(alias -> vocabulary.putIfAbsent(key(alias.text()), merged));
	}

	void add(Draft draft) {
		Merged existing = byName.getOrDefault(key(draft.name()), acronyms.get(key(draft.name())));
		if (existing == null) {
			existing = vocabulary.get(key(draft.name()));
		}
		if (existing != null && existing.sourceId == null && existing.first.id().startsWith(RecruiterSource.ID_PREFIX)
				&& !draft.id().startsWith(RecruiterSource.ID_PREFIX)) {
			existing.sourceId = draft.id();
		}
		if (existing == null) {
			Merged merged = new Merged(draft, false);
			byName.put(key(draft.name()), merged);
			// ESCO's "SQL" is O*NET's "Structured query language (SQL)"
			draft.labels()
				.stream()
				.filter(label -> label.kind() == LabelKind.ACRONYM)
				.forEach(label -> acronyms.putIfAbsent(key(label.text()), merged));
		}
		else {
			existing.add(draft);
			existing.confirmedOutsideLinguist = true;
		}
	}

	/**
	 * A programming language makes the skill hard whoever named it first; a Linguist-only "data"
	 * language (a file format such as "Git Config") is dropped.
	 */
	void addLanguage(LinguistSource.Language language) {
		Draft draft = language.draft();
		Merged existing = byName.get(key(draft.name()));
		if (existing != null) {
			existing.add(draft);
			existing.type = SkillType.HARD;
			existing.category = LinguistSource.CATEGORY;
		}
		else if (!language.data()) {
			byName.put(key(draft.name()), new Merged(draft, true));
		}
	}

	/** Curated skills; an alias named by two skills stays with the one whose name it is, else the first. */
	List<Skill> skills() {
		Map<String, Merged> owners = new HashMap<>(byName);
		List<Skill> skills = new ArrayList<>();
		for (Map.Entry<String, Merged> entry : byName.entrySet()) {
			Merged merged = entry.getValue();
			Draft first = merged.first;
			Draft all = new Draft(first.id(), first.name(), merged.type, merged.category, merged.hot, merged.equipment,
					merged.labels);
			List<Alias> aliases = new ArrayList<>();
			for (Alias alias : curation.aliases(all, merged.confirmedOutsideLinguist)) {
				Merged owner = owners.putIfAbsent(key(alias.text()), merged);
				if (owner == null || owner == merged) {
					aliases.add(alias);
				}
			}
			if (!aliases.isEmpty()) {
				String id = merged.sourceId != null ? merged.sourceId : first.id();
				skills.add(new Skill(id, first.name(), merged.type, merged.category, merged.hot, aliases));
			}
		}
		return skills;
	}

	static String key(String name) {
		return Curation.stripBrackets(name).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d+#]+", "");
	}

	static void write(List<Skill> skills, String version, Path output) throws IOException {
		Files.createDirectories(output.toAbsolutePath().getParent());
		try (OutputStream file = Files.newOutputStream(output);
				Writer out = new OutputStreamWriter(new GZIPOutputStream(file, 1 << 16), StandardCharsets.UTF_8)) {
			out.write("#version\t" + version + "\n");
			for (Skill skill : skills) {
				List<String> encoded = skill.aliases().stream().map(Alias::encoded).toList();
				out.write(String.join("\t", skill.id(), clean(skill.name()), skill.type().code(),
						skill.category() == null ? "" : clean(skill.category()), skill.hot() ? "Y" : "N",
						String.join("|", encoded)));
				out.write('\n');
			}
		}
	}

	private static String clean(String field) {
		return field.replaceAll("[\\t\\n\\r|]", " ").strip();
	}

	static Map<SkillType, Integer> countByType(List<Skill> skills) {
		Map<SkillType, Integer> counts = new EnumMap<>(SkillType.class);
		skills.forEach(skill -> counts.merge(skill.type(), 1, Integer::sum));
		return counts;
	}

}

package dev.careers.taxonomy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.careers.taxonomy.Draft.LabelKind;
import dev.careers.taxonomy.Draft.SkillType;

/**
 * ESCO skills: the digital collection, all knowledge concepts and the remaining skill/competence
 * concepts ({@link Competences}) as hard skills, the transversal collection as soft skills, and languages (each "write Hungarian", "understand spoken Hungarian"
 * folded into the language it belongs to). Labels come from the full skills file, which alone has
 * the hidden labels.
 */
final class EscoSource {

	static final String KNOWLEDGE_CATEGORY = "knowledge";

	private EscoSource() {
	}

	record Concept(String uri, String preferred, List<String> alternatives, List<String> hidden, String skillType) {
	}

	static List<Draft> read(Path esco, EnglishWords english) throws IOException {
		Map<String, Concept> concepts = new LinkedHashMap<>();
		for (Map<String, String> row : Csv.read(esco.resolve("skills_en.csv"))) {
			Concept concept = new Concept(row.get("conceptUri"), row.get("preferredLabel").strip(),
					lines(row.get("altLabels")), lines(row.get("hiddenLabels")), row.get("skillType"));
			concepts.put(concept.uri(), concept);
			english.learn(row.getOrDefault("description", ""));
			english.learn(row.getOrDefault("definition", ""));
			english.learn(row.getOrDefault("altLabels", ""));
		}
		Map<String, Draft> drafts = new LinkedHashMap<>();
		addLanguages(esco, concepts, drafts);
		addCollection(esco.resolve("transversalSkillsCollection_en.csv"), SkillType.SOFT, concepts, drafts);
		addCollection(esco.resolve("digitalSkillsCollection_en.csv"), SkillType.HARD, concepts, drafts);
		for (Concept concept : concepts.values()) {
			if ("knowledge".equals(concept.skillType()) && !drafts.containsKey(concept.uri())) {
				drafts.put(concept.uri(), draft(concept, SkillType.HARD, KNOWLEDGE_CATEGORY));
			}
		}
		for (Concept concept : concepts.values()) {
			if ("skill/competence".equals(concept.skillType()) && !drafts.containsKey(concept.uri())) {
				drafts.put(concept.uri(), Competences.draft(concept));
			}
		}
		return new ArrayList<>(drafts.values());
	}

	private static void addCollection(Path file, SkillType type, Map<String, Concept> concepts,
			Map<String, Draft> drafts) throws IOException {
		for (Map<String, String> row : Csv.read(file)) {
			Concept concept = concepts.get(row.get("conceptUri"));
			if (concept != null && !drafts.containsKey(concept.uri())) {
				drafts.put(concept.uri(), draft(concept, type, first(row.get("broaderConceptPT"))));
			}
		}
	}

	/** One draft per language; its speaking, reading and writing skills become its aliases. */
	private static void addLanguages(Path esco, Map<String, Concept> concepts, Map<String, Draft> drafts)
			throws IOException {
		List<Map<String, String>> rows = Csv.read(esco.resolve("languageSkillsCollection_en.csv"));
		for (Map<String, String> row : rows) {
			Concept concept = concepts.get(row.get("conceptUri"));
			if (concept != null && "knowledge".equals(concept.skillType())) {
				drafts.put(concept.uri(), draft(concept, SkillType.LANGUAGE, "language"));
			}
		}
		Map<String, Draft> byUri = new HashMap<>(drafts);
		for (Map<String, String> row : rows) {
			Concept concept = concepts.get(row.get("conceptUri"));
			if (concept == null || "knowledge".equals(concept.skillType())) {
				continue;
			}
			for (String parent : row.get("broaderConceptUri").split("\\s*\\|\\s*")) {
				Draft language = byUri.get(parent);
				if (language != null) {
					language.with(concept.preferred(), LabelKind.ALTERNATIVE);
					concept.alternatives().forEach(alt -> language.with(alt, LabelKind.ALTERNATIVE));
				}
			}
		}
	}

	private static Draft draft(Concept concept, SkillType type, String category) {
		Draft draft = Draft.of(concept.uri(), Curation.stripBrackets(concept.preferred()), type, category, false);
		concept.alternatives().forEach(alt -> draft.with(alt, LabelKind.ALTERNATIVE));
		concept.hidden().forEach(hidden -> draft.with(hidden, LabelKind.HIDDEN));
		return draft;
	}

	private static List<String> lines(String cell) {
		List<String> lines = new ArrayList<>();
		if (cell != null) {
			for (String line : cell.split("\n")) {
				if (!line.isBlank()) {
					lines.add(line.strip());
				}
			}
		}
		return lines;
	}

	private static String first(String cell) {
		return cell == null || cell.isBlank() ? null : cell.split("\\s*\\|\\s*")[0].strip();
	}

}

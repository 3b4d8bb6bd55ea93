package dev.careers.worker.skills;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import dev.careers.events.EventSerde;
import dev.careers.events.ExtractionResult;
import dev.careers.events.SkillMatch;
import dev.careers.events.TaskKind;
import dev.careers.worker.pdf.PdfProperties;
import dev.careers.worker.pdf.PdfTextExtractor;
import dev.careers.worker.word.WordProperties;
import dev.careers.worker.word.WordTextExtractor;
import dev.careers.worker.pipeline.DocumentExtraction;
import dev.careers.worker.pipeline.ProgressListener;
import dev.careers.worker.pipeline.TextAnalysis;
import dev.careers.worker.skills.GoldScoring.GoldSkill;
import dev.careers.worker.skills.GoldScoring.ProductSkill;

import tools.jackson.databind.JsonNode;

/**
 * Scores the worker's skills against a hand-labelled gold set: runs the real per-document pipeline
 * (PDF text, then skills) on each labelled resume where it lies, and prints recall and precision
 * overall and recall by kind, with the rules of {@link GoldScoring}, beside the strict
 * (equality-only) variant. The labels and resumes are read, never copied.
 *
 * <pre>
 * ./mvnw -o -q -pl extraction-worker -am test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *   -Dexec.mainClass=dev.careers.worker.skills.GoldScore -Dexec.args="--gold /work/shared/corpus/gold"
 * </pre>
 *
 * {@code --gold DIR} holds {@code skills.jsonl}, whose {@code file} paths are relative to the parent
 * of DIR. {@code --misses} also prints, per document, the gold skills not found and the product
 * skills that match no gold skill, to study locally. {@code --only REGEX} scores only the documents
 * whose {@code file} path it finds in: a held-out part of the set, for rules written while looking
 * at the rest.
 */
public final class GoldScore {

	private GoldScore() {
	}

	public static void main(String[] args) throws Exception {
		Path gold = Path.of("/work/shared/corpus/gold");
		boolean misses = false;
		Pattern only = Pattern.compile("");
		for (int i = 0; i < args.length; i++) {
			if ("--gold".equals(args[i]) && i + 1 < args.length) {
				gold = Path.of(args[++i]);
			}
			else if ("--misses".equals(args[i])) {
				misses = true;
			}
			else if ("--only".equals(args[i]) && i + 1 < args.length) {
				only = Pattern.compile(args[++i]);
			}
			else {
				System.err.println("usage: GoldScore [--gold DIR] [--only REGEX] [--misses]");
				System.exit(2);
			}
		}
		GoldScoring lenient = new GoldScoring(false);
		GoldScoring strict = new GoldScoring(true);
		Map<String, int[]> rightBySource = new TreeMap<>();
		int documents = 0;
		try (PdfTextExtractor pdfs = new PdfTextExtractor(PdfProperties.bind(Map.of()))) {
			DocumentExtraction pipeline = new DocumentExtraction(pdfs, new WordTextExtractor(WordProperties.defaults()),
					new TextAnalysis(new SkillMatcher(), new ContactParser(), new JobDescriptionReader()));
			for (String line : Files.readAllLines(gold.resolve("skills.jsonl"))) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode document = EventSerde.jsonMapper().readTree(line);
				if (!only.matcher(document.get("file").asString()).find()) {
					continue;
				}
				Path pdf = gold.getParent().resolve(document.get("file").asString());
				List<GoldSkill> labels = labels(document);
				ExtractionResult result = pipeline.extract(pdf, TaskKind.RESUME, pdf.getFileName().toString(),
						ProgressListener.NONE);
				List<ProductSkill> skills = result.skills().stream().map(GoldScore::product).toList();
				for (SkillMatch skill : result.skills()) {
					int[] counts = rightBySource.computeIfAbsent(sourceAndKind(skill), key -> new int[2]);
					counts[0] += isRight(skill, labels) ? 1 : 0;
					counts[1]++;
				}
				lenient.add(labels, skills);
				strict.add(labels, skills);
				documents++;
				if (misses) {
					printMisses(document.get("file").asString(), labels, result.skills());
				}
			}
		}
		System.out.printf(Locale.ROOT, "%d documents, %d gold skills, %.1f product skills per document%n", documents,
				lenient.goldByKind().values().stream().mapToInt(Integer::intValue).sum(),
				(double) lenient.productSkills() / Math.max(1, documents));
		System.out.printf(Locale.ROOT, "%-24s %8s %8s%n", "", "scoring", "strict");
		System.out.printf(Locale.ROOT, "%-24s %8.3f %8.3f%n", "recall", lenient.recall(), strict.recall());
		System.out.printf(Locale.ROOT, "%-24s %8.3f %8.3f%n", "precision", lenient.precision(), strict.precision());
		lenient.recallByKind()
			.forEach((kind, recall) -> System.out.printf(Locale.ROOT, "%-24s %8.3f %8.3f   (%d gold)%n",
					"recall " + kind, recall, strict.recallByKind().get(kind), lenient.goldByKind().get(kind)));
		rightBySource.forEach((source, counts) -> System.out.printf(Locale.ROOT, "%-24s %8.3f            (%d skills)%n",
				"precision " + source, (double) counts[0] / counts[1], counts[1]));
	}

	private static List<GoldSkill> labels(JsonNode document) {
		List<GoldSkill> labels = new ArrayList<>();
		for (JsonNode skill : document.get("skills")) {
			List<String> aliases = new ArrayList<>();
			skill.get("aliases_in_text").forEach(alias -> aliases.add(alias.asString()));
			labels.add(new GoldSkill(skill.get("name").asString(), aliases, skill.get("kind").asString()));
		}
		return labels;
	}

	private static void printMisses(String file, List<GoldSkill> labels, List<SkillMatch> skills) {
		System.out.println("== " + file);
		for (GoldSkill label : labels) {
			if (skills.stream().noneMatch(skill -> GoldScoring.matches(product(skill), label, false))) {
				System.out.println("  missed " + label.kind() + " | " + label.name() + " | " + label.aliases());
			}
		}
		for (SkillMatch skill : skills) {
			if (!isRight(skill, labels)) {
				System.out.println("  wrong  " + skill.type() + " | " + skill.name() + " | " + skill.matched() + " | "
						+ skill.evidence() + " | " + source(skill.skillId()));
			}
		}
	}

	private static ProductSkill product(SkillMatch skill) {
		return new ProductSkill(skill.name(), skill.matched());
	}

	/** Whether some label of the document matches the skill, by the lenient rule. */
	private static boolean isRight(SkillMatch skill, List<GoldSkill> labels) {
		ProductSkill product = product(skill);
		return labels.stream().anyMatch(label -> GoldScoring.matches(product, label, false));
	}

	/** ESCO's concepts by their kind ("esco knowledge", "esco competence"), other skills by their source. */
	private static String sourceAndKind(SkillMatch skill) {
		String source = source(skill.skillId());
		return "esco".equals(source) ? source + " " + skill.category() : source;
	}

	/** Where a skill comes from, so that wrong answers can be counted by source: "esco", "onet", "careers"... */
	private static String source(String skillId) {
		return skillId.startsWith("http://data.europa.eu/esco/") ? "esco" : skillId.substring(0, skillId.indexOf(':'));
	}

}

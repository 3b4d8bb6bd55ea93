package dev.careers.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import dev.careers.taxonomy.Dictionary.Skill;

/**
 * Builds the worker's skills dictionary from the project's recruiter vocabulary, O*NET, ESCO and Linguist.
 *
 * <pre>
 * ./mvnw -o -q -f tools/taxonomy-builder/pom.xml compile exec:java
 * ./mvnw -o -q -f tools/taxonomy-builder/pom.xml compile exec:java -Dtaxonomy.source=/path/to/taxonomy
 * </pre>
 *
 * Arguments: the source folder (with {@code onet/}, {@code esco/}, {@code linguist/}), the output
 * file. The output is committed; rebuild it when the sources or the curation rules change, and
 * raise {@link #VERSION}.
 */
public final class TaxonomyBuilder {

	/** Changes whenever the output would: sources or curation rules. */
	static final String VERSION = "2026.12.20+onet-30.0.esco-1.1.1.linguist-b45dbe9";

	private TaxonomyBuilder() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: TaxonomyBuilder <source folder> <output .tsv.gz>");
			System.exit(2);
		}
		List<Skill> skills = build(Path.of(args[0]));
		Path output = Path.of(args[1]);
		Dictionary.write(skills, VERSION, output);
		long aliases = skills.stream().mapToLong(s -> s.aliases().size()).sum();
		long contextual = skills.stream().flatMap(s -> s.aliases().stream()).filter(Alias::needsContext).count();
		long caseSensitive = skills.stream().flatMap(s -> s.aliases().stream()).filter(Alias::caseSensitive).count();
		System.out.printf(Locale.ROOT, "%s: %d skills %s, %d aliases (%d case-sensitive, %d need context), %d bytes%n",
				output, skills.size(), Dictionary.countByType(skills), aliases, caseSensitive, contextual,
				Files.size(output));
	}

	static List<Skill> build(Path source) throws IOException {
		EnglishWords english = new EnglishWords();
		OnetSource.learnEnglish(source.resolve("onet"), english);
		List<Draft> esco = EscoSource.read(source.resolve("esco"), english);
		Curation curation = new Curation(english, list("noise.txt"), list("ambiguous.txt"));
		Dictionary dictionary = new Dictionary(curation);
		RecruiterSource.read().forEach(dictionary::addVocabulary);
		OnetSource.technologySkills(source.resolve("onet")).forEach(dictionary::add);
		LinguistSource.read(source.resolve("linguist")).forEach(dictionary::addLanguage);
		esco.forEach(dictionary::add);
		OnetSource.toolsUsed(source.resolve("onet")).forEach(dictionary::add);
		return dictionary.skills();
	}

	/** A curated word list: one entry a line, compared in lower case, {@code #} starts a comment. */
	static Set<String> list(String resource) throws IOException {
		try (InputStream in = TaxonomyBuilder.class.getResourceAsStream(resource)) {
			Set<String> entries = new TreeSet<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String entry = line.replaceAll("#.*", "").strip().toLowerCase(Locale.ROOT);
				if (!entry.isEmpty()) {
					entries.add(entry);
				}
			}
			return entries;
		}
	}

}

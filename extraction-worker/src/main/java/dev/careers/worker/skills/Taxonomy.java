package dev.careers.worker.skills;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The skills dictionary as built by {@code tools/taxonomy-builder}: a gzip'd TSV with a version
 * header. Format and curation rules: {@code src/main/resources/skills/README.md}.
 */
record Taxonomy(String version, List<Entry> entries) {

	static final String DEFAULT_RESOURCE = "/skills/taxonomy.tsv.gz";

	private static final String VERSION_PREFIX = "#version\t";

	/** One skill: {@code aliases} are every surface form that names it, the preferred name included. */
	record Entry(String id, String name, String type, String category, boolean hot, List<Alias> aliases) {
	}

	/**
	 * A surface form. {@code caseSensitive}: only this exact spelling counts ("Go", not "go").
	 * {@code needsContext}: ambiguous on its own, counted only where the text is about skills.
	 * {@code byHand}: from the project's own vocabulary, vouched for as written, so the heuristics
	 * meant for the sources' labels do not apply. {@code leadsDuty}: a verb that counts only where it
	 * leads a duty ("Hired five cashiers").
	 */
	record Alias(String text, boolean caseSensitive, boolean needsContext, boolean byHand, boolean leadsDuty) {

		Alias(String text, boolean caseSensitive, boolean needsContext) {
			this(text, caseSensitive, needsContext, false, false);
		}

		static Alias parse(String field) {
			int i = 0;
			while (i < field.length() && "=?!^".indexOf(field.charAt(i)) >= 0) {
				i++;
			}
			String flags = field.substring(0, i);
			return new Alias(field.substring(i), flags.indexOf('=') >= 0, flags.indexOf('?') >= 0,
					flags.indexOf('!') >= 0, flags.indexOf('^') >= 0);
		}

	}

	static Taxonomy load(String resource) {
		try (InputStream raw = Taxonomy.class.getResourceAsStream(resource)) {
			if (raw == null) {
				throw new IllegalStateException("skills taxonomy resource missing: " + resource);
			}
			return read(new GZIPInputStream(raw, 1 << 16));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read skills taxonomy " + resource, ex);
		}
	}

	static Taxonomy read(InputStream in) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
		String header = reader.readLine();
		if (header == null || !header.startsWith(VERSION_PREFIX)) {
			throw new IllegalStateException("skills taxonomy has no version header");
		}
		List<Entry> entries = new ArrayList<>(16384);
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			String[] f = line.split("\t", -1);
			List<Alias> aliases = new ArrayList<>();
			for (String alias : f[5].split("\\|")) {
				aliases.add(Alias.parse(alias));
			}
			entries.add(new Entry(f[0], f[1], f[2], f[3].isEmpty() ? null : f[3], "Y".equals(f[4]), aliases));
		}
		return new Taxonomy(header.substring(VERSION_PREFIX.length()), entries);
	}

}

package dev.careers.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.careers.taxonomy.Draft.LabelKind;
import dev.careers.taxonomy.Draft.SkillType;

/**
 * The project's own vocabulary ({@code recruiter.txt}): everyday workplace skills in the words
 * recruiters and resumes use, which the sources name only as duties or not at all. Its aliases are
 * written by hand, flags included, so curation takes them as they are.
 */
final class RecruiterSource {

	static final String ID_PREFIX = "careers:";

	private RecruiterSource() {
	}

	static List<Draft> read() throws IOException {
		try (InputStream in = RecruiterSource.class.getResourceAsStream("recruiter.txt")) {
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	/** {@code type | category | Name | alias | ...} a line; {@code #} starts a comment line. */
	static List<Draft> parse(String text) {
		List<Draft> drafts = new ArrayList<>();
		for (String line : text.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.strip().split("\\|");
			if (fields.length < 3) {
				throw new IllegalArgumentException("recruiter.txt: want type|category|Name|aliases: " + line);
			}
			SkillType type = SkillType.valueOf(fields[0].strip().toUpperCase(Locale.ROOT));
			String name = fields[2].strip();
			Draft draft = new Draft(ID_PREFIX + slug(name), name, type, fields[1].strip(), false, false, new ArrayList<>());
			draft.with(name, LabelKind.CURATED);
			for (int i = 3; i < fields.length; i++) {
				draft.with(fields[i].strip(), LabelKind.CURATED);
			}
			drafts.add(draft);
		}
		return drafts;
	}

	static String slug(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

}

package dev.careers.worker.skills;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a resume's sections start, from heading lines ("Skills", "WORK HISTORY", "Education:").
 * A heading may also open a line that goes on ("Skills: Java, SQL").
 */
final class Sections {

	enum Section {

		SKILLS("skills"), LANGUAGES("skills"), EXPERIENCE("experience"), EDUCATION("education"), OTHER(null);

		private final String label;

		Section(String label) {
			this.label = label;
		}

		/** The name in {@code SkillMatch.section}, null where no section applies. */
		String label() {
			return label;
		}

	}

	private static final int MAX_HEADING_LENGTH = 48;

	private static final Map<String, Section> HEADINGS = new HashMap<>();

	static {
		heading(Section.SKILLS, "skills", "skill", "technical skills", "key skills", "core skills", "skill highlights",
				"skills highlights", "highlights", "core competencies", "competencies", "core qualifications",
				"qualifications", "summary of qualifications", "areas of expertise", "expertise",
				"technical proficiencies", "technical expertise", "computer skills", "it skills", "software",
				"tools", "technologies", "technical summary", "skills and abilities", "professional skills",
				"relevant skills", "skills summary", "additional skills", "tech stack");
		heading(Section.LANGUAGES, "languages", "language skills", "language");
		heading(Section.EXPERIENCE, "experience", "work experience", "professional experience", "work history",
				"employment history", "employment", "career history", "relevant experience", "experience summary",
				"professional history", "projects", "career experience");
		heading(Section.EDUCATION, "education", "education and training", "academic background", "academics",
				"educational background", "training", "certifications", "certification", "licenses and certifications",
				"education and certifications", "courses", "qualifications and education");
		heading(Section.OTHER, "summary", "professional summary", "executive summary", "profile", "objective",
				"career objective", "accomplishments", "achievements", "interests", "hobbies", "references",
				"additional information", "affiliations", "awards", "publications", "personal information",
				"contact", "contact information", "about me", "volunteer experience", "activities");
	}

	private static void heading(Section section, String... names) {
		Arrays.stream(names).forEach(name -> HEADINGS.put(name, section));
	}

	private final int[] starts;

	private final Section[] sections;

	private Sections(int[] starts, Section[] sections) {
		this.starts = starts;
		this.sections = sections;
	}

	static Sections of(String text) {
		List<Integer> starts = new ArrayList<>();
		List<Section> sections = new ArrayList<>();
		int lineStart = 0;
		while (lineStart <= text.length()) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			Section section = headingOf(text, lineStart, lineEnd);
			if (section != null) {
				starts.add(lineStart);
				sections.add(section);
			}
			lineStart = lineEnd + 1;
		}
		return new Sections(starts.stream().mapToInt(Integer::intValue).toArray(), sections.toArray(Section[]::new));
	}

	/** The section holding {@code offset}, or null before the first heading. */
	Section at(int offset) {
		int i = Arrays.binarySearch(starts, offset);
		int index = i >= 0 ? i : -i - 2;
		return index < 0 ? null : sections[index];
	}

	private static Section headingOf(String text, int start, int end) {
		int colon = -1;
		for (int i = start; i < end && i - start <= MAX_HEADING_LENGTH; i++) {
			if (text.charAt(i) == ':') {
				colon = i;
				break;
			}
		}
		if (colon >= 0) {
			Section inline = HEADINGS.get(key(text, start, colon));
			if (inline != null) {
				return inline;
			}
		}
		return end - start > MAX_HEADING_LENGTH ? null : HEADINGS.get(key(text, start, end));
	}

	private static String key(String text, int start, int end) {
		StringBuilder key = new StringBuilder(end - start);
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c)) {
				key.append(Character.toLowerCase(c));
			}
			else if (c == '&') {
				key.append(" and ");
			}
			else if (key.length() > 0 && key.charAt(key.length() - 1) != ' ') {
				key.append(' ');
			}
		}
		return key.toString().replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
	}

}

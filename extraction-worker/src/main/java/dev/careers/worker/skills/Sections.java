package dev.careers.worker.skills;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a resume's sections start, from heading lines ("Skills", "WORK HISTORY", "Education:").
 * A heading may also open a line that goes on ("Skills: Java, SQL").
 */
final class Sections {

	enum Section {

		SKILLS("skills"), LANGUAGES("skills"), EXPERIENCE("experience"), EDUCATION("education"),
		/** Pastimes ("Interests: cooking, sailing, golf"): what a person enjoys, not what a recruiter lists. */
		INTERESTS(null), OTHER(null);

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
		heading(Section.INTERESTS, "interests", "hobbies", "hobbies and interests", "interests and hobbies",
				"personal interests");
		heading(Section.OTHER, "summary", "professional summary", "career focus", "career overview", "executive summary", "profile", "objective",
				"career objective", "accomplishments", "achievements", "references",
				"additional information", "affiliations", "awards", "publications", "personal information",
				"contact", "contact information", "about me", "volunteer experience", "activities");
	}

	private static void heading(Section section, String... names) {
		Arrays.stream(names).forEach(name -> HEADINGS.put(name, section));
	}

	private final int[] starts;

	private final int[] headingEnds;

	private final Section[] sections;

	private Sections(int[] starts, int[] headingEnds, Section[] sections) {
		this.starts = starts;
		this.headingEnds = headingEnds;
		this.sections = sections;
	}

	static Sections of(String text) {
		List<int[]> headings = new ArrayList<>();
		List<Section> sections = new ArrayList<>();
		int lineStart = 0;
		while (lineStart <= text.length()) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			int headingEnd = headingEnd(text, lineStart, lineEnd);
			if (headingEnd >= 0) {
				headings.add(new int[] { lineStart, headingEnd });
				sections.add(HEADINGS.get(key(text, lineStart, headingEnd)));
			}
			lineStart = lineEnd + 1;
		}
		return new Sections(headings.stream().mapToInt(h -> h[0]).toArray(),
				headings.stream().mapToInt(h -> h[1]).toArray(), sections.toArray(Section[]::new));
	}

	/** Whether a whole line is a section heading ("Skill Highlights", "WORK HISTORY"). */
	static boolean isHeading(String line) {
		return HEADINGS.containsKey(key(line, 0, line.length()));
	}

	/** The section holding {@code offset}, or null before the first heading. */
	Section at(int offset) {
		int index = headingBefore(offset);
		return index < 0 ? null : sections[index];
	}

	/** Whether {@code offset} is inside a heading's own words: "Work History" names no skill. */
	boolean inHeading(int offset) {
		int index = headingBefore(offset);
		return index >= 0 && offset < headingEnds[index];
	}

	private int headingBefore(int offset) {
		int i = Arrays.binarySearch(starts, offset);
		return i >= 0 ? i : -i - 2;
	}

	/** Where the heading of this line ends (its colon or the line's end), or -1 if the line is no heading. */
	private static int headingEnd(String text, int start, int end) {
		for (int i = start; i < end && i - start <= MAX_HEADING_LENGTH; i++) {
			if (text.charAt(i) == ':') {
				if (HEADINGS.containsKey(key(text, start, i))) {
					return i;
				}
				break;
			}
		}
		return end - start <= MAX_HEADING_LENGTH && HEADINGS.containsKey(key(text, start, end)) ? end : -1;
	}

	/** Lower-case letters, one space between words, "&" as "and". */
	private static String key(String text, int start, int end) {
		StringBuilder key = new StringBuilder(end - start + 4);
		boolean pendingSpace = false;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			boolean letter = Character.isLetter(c);
			if (letter || c == '&') {
				if (pendingSpace && key.length() > 0) {
					key.append(' ');
				}
				if (letter) {
					key.append(Character.toLowerCase(c));
				}
				else {
					key.append("and");
				}
				pendingSpace = c == '&';
			}
			else {
				pendingSpace = true;
			}
		}
		return key.toString();
	}

}

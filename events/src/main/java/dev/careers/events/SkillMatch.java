package dev.careers.events;

/**
 * One skill found in a text, with the evidence a recruiter can check.
 *
 * @param skillId O*NET code, ESCO URI or Linguist id of the taxonomy entry; for an unmapped skill
 * an id made from its normalised name ({@code unmapped:<name>})
 * @param name the name a recruiter writes ("Time management", "SQL"), not always the taxonomy's label
 * @param type hard, soft, language or tool; {@code unmapped} for an item of a skills list that no
 * taxonomy entry maps (its name is the item as written, normalised)
 * @param evidence the snippet around the match
 * @param start offset of the match in the extracted text
 * @param end offset just past the match
 * @param section skills, experience, education, or null where not detectable
 * @param confidence 0..1
 * @param matched the exact text of the document that matched, as printed; null in results from
 * before it was recorded
 */
public record SkillMatch(String skillId, String name, String type, String category, String evidence, int start,
		int end, String section, double confidence, String matched) {

	/** The type of a skills-list item that no taxonomy entry maps. */
	public static final String UNMAPPED = "unmapped";

	/** The shape before {@code matched} was recorded. */
	public SkillMatch(String skillId, String name, String type, String category, String evidence, int start, int end,
			String section, double confidence) {
		this(skillId, name, type, category, evidence, start, end, section, confidence, null);
	}

}

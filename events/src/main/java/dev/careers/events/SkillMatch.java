package dev.careers.events;

/**
 * One skill found in a text, with the evidence a recruiter can check.
 *
 * @param skillId O*NET code, ESCO URI or Linguist id of the taxonomy entry
 * @param type hard, soft, language or tool
 * @param evidence the snippet around the match
 * @param start offset of the match in the extracted text
 * @param end offset just past the match
 * @param section skills, experience, education, or null where not detectable
 * @param confidence 0..1
 */
public record SkillMatch(String skillId, String name, String type, String category, String evidence, int start,
		int end, String section, double confidence) {
}

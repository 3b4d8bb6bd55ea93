package dev.careers.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A skill as one source describes it, before curation: its labels are raw and each says where it
 * came from, because the curation rules treat a preferred name and a hidden label differently.
 */
record Draft(String id, String name, SkillType type, String category, boolean hot, boolean equipment,
		List<Label> labels) {

	enum SkillType {

		HARD, SOFT, LANGUAGE, TOOL;

		String code() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** Where a label came from, which decides how much to trust it on its own. */
	enum LabelKind {

		PREFERRED, ALTERNATIVE, HIDDEN, ACRONYM, WITHOUT_VENDOR,

		/** A product's brand with a capital inside ("TrackWise"): only that spelling, as "ProFicient" is a word. */
		BRAND,

		/** Written by hand with its flags ({@code recruiter.txt}): taken as it is. */
		CURATED

	}

	record Label(String text, LabelKind kind) {
	}

	static Draft of(String id, String name, SkillType type, String category, boolean hot) {
		return named(id, name, type, category, hot, false);
	}

	/**
	 * Equipment a job uses (O*NET's tools): listed among skills it is one, in a sentence it is the thing
	 * worked near ("counting cash drawers"), the skill being what is done with it.
	 */
	static Draft equipment(String id, String name, String category) {
		return named(id, name, SkillType.TOOL, category, false, true);
	}

	private static Draft named(String id, String name, SkillType type, String category, boolean hot, boolean equipment) {
		List<Label> labels = new ArrayList<>();
		labels.add(new Label(name, LabelKind.PREFERRED));
		return new Draft(id, name, type, category, hot, equipment, labels);
	}

	Draft with(String text, LabelKind kind) {
		labels.add(new Label(text, kind));
		return this;
	}

}

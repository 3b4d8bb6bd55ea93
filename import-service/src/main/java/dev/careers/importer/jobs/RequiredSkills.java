package dev.careers.importer.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.careers.events.SkillMatch;

/**
 * A job's Required Skills: what extraction found, minus what the user removed, plus what the user
 * added. Hand edits are kept apart from the extracted list, so a later extraction replaces only its
 * own part and never brings back a removed skill or drops an added one. Names compare ignoring case.
 *
 * @param manual names added by hand
 * @param removed names removed by hand, in lower case
 */
record RequiredSkills(List<String> manual, List<String> removed) {

	/**
	 * One line of Required Skills; evidence and taxonomy fields only for extracted skills.
	 * {@code matched} is the text of the description that matched, to highlight in the evidence
	 * (null for skills extracted before it was recorded).
	 */
	record Skill(String name, String skillId, String type, String category, String evidence, String section,
			Double confidence, boolean addedByHand, String matched) {
	}

	RequiredSkills edit(List<String> add, List<String> remove) {
		Map<String, String> manualByKey = new LinkedHashMap<>();
		manual.forEach(name -> manualByKey.put(key(name), name));
		List<String> removedKeys = new ArrayList<>(removed);
		for (String name : add) {
			if (name != null && !name.isBlank()) {
				manualByKey.putIfAbsent(key(name), name.strip());
				removedKeys.remove(key(name));
			}
		}
		for (String name : remove) {
			if (name != null && !name.isBlank()) {
				manualByKey.remove(key(name));
				if (!removedKeys.contains(key(name))) {
					removedKeys.add(key(name));
				}
			}
		}
		return new RequiredSkills(List.copyOf(manualByKey.values()), List.copyOf(removedKeys));
	}

	/** Extracted skills first (one line per skill, its first evidence), then those added by hand. */
	List<Skill> over(List<SkillMatch> extracted) {
		Map<String, Skill> byKey = new LinkedHashMap<>();
		for (SkillMatch match : extracted) {
			if (match.name() != null && !removed.contains(key(match.name()))) {
				byKey.putIfAbsent(key(match.name()), new Skill(match.name(), match.skillId(), match.type(),
						match.category(), match.evidence(), match.section(), match.confidence(), false, match.matched()));
			}
		}
		for (String name : manual) {
			byKey.putIfAbsent(key(name), new Skill(name, null, null, null, null, null, null, true, null));
		}
		return List.copyOf(byKey.values());
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

}

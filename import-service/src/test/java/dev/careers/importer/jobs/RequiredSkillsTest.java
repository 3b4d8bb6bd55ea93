package dev.careers.importer.jobs;

import java.util.List;

import dev.careers.events.SkillMatch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequiredSkillsTest {

	private static final RequiredSkills NONE = new RequiredSkills(List.of(), List.of());

	@Test
	void extractedSkillsShowOncePerNameWithTheirFirstEvidence() {
		List<RequiredSkills.Skill> skills = NONE.over(List.of(match("Java", "Java 17 services"),
				match("java", "more Java"), match("Kafka", "Kafka streams")));

		assertThat(skills).extracting(RequiredSkills.Skill::name).containsExactly("Java", "Kafka");
		assertThat(skills.get(0).evidence()).isEqualTo("Java 17 services");
		assertThat(skills.get(0).section()).isEqualTo("requirements");
		assertThat(skills.get(0).matched()).isEqualTo("Java");
		assertThat(skills).noneMatch(RequiredSkills.Skill::addedByHand);
	}

	@Test
	void aSkillRemovedByHandStaysRemovedWhateverExtractionFindsLater() {
		RequiredSkills edited = NONE.edit(List.of(), List.of("JAVA"));

		assertThat(edited.over(List.of(match("Java", "Java"), match("Go", "Go")))).extracting(RequiredSkills.Skill::name)
			.containsExactly("Go");
	}

	@Test
	void aSkillAddedByHandShowsAfterTheExtractedOnesAndIsNotDuplicated() {
		RequiredSkills edited = NONE.edit(List.of(" Kotlin ", "go"), List.of());

		List<RequiredSkills.Skill> skills = edited.over(List.of(match("Go", "Go services")));

		assertThat(skills).extracting(RequiredSkills.Skill::name).containsExactly("Go", "Kotlin");
		assertThat(skills.get(1).addedByHand()).isTrue();
		assertThat(edited.over(List.of())).extracting(RequiredSkills.Skill::name).containsExactly("Kotlin", "go");
	}

	@Test
	void addingBackARemovedSkillUndoesTheRemovalAndRemovingAnAddedOneDropsIt() {
		RequiredSkills edited = NONE.edit(List.of("Rust"), List.of("Java")).edit(List.of("java"), List.of("rust"));

		assertThat(edited.manual()).containsExactly("java");
		assertThat(edited.removed()).containsExactly("rust");
		assertThat(edited.over(List.of(match("Java", "Java"), match("Rust", "Rust")))).extracting(RequiredSkills.Skill::name)
			.containsExactly("Java");
	}

	private static SkillMatch match(String name, String evidence) {
		return new SkillMatch("skill:" + name, name, "hard", "language", evidence, 0, name.length(), "requirements",
				0.8, name);
	}

}

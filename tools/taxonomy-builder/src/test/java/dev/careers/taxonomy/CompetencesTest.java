package dev.careers.taxonomy;

import java.util.List;
import java.util.Set;

import dev.careers.taxonomy.Dictionary.Skill;
import dev.careers.taxonomy.EscoSource.Concept;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompetencesTest {

	@Test
	void aConceptsOwnNounLabelNamesIt() {
		assertThat(Competences.nounForm("manage hospitality revenue",
				List.of("maximise revenue from booking", "revenue management", "manage hospitality revenues")))
			.isEqualTo("revenue management");
	}

	@Test
	void aVerbThatSaysNothingLeavesItsObject() {
		assertThat(Competences.nounForm("manage payroll", List.of("oversee payroll", "handle payroll")))
			.isEqualTo("payroll");
		assertThat(Competences.nounForm("carry out inventory", List.of())).isEqualTo("inventory");
		assertThat(Competences.nounForm("manage a team", List.of())).isEqualTo("team");
		assertThat(Competences.nounForm("apply for funding", List.of())).isEqualTo("applying for funding");
	}

	@Test
	void otherDutiesAreNamedByTheirGerund() {
		assertThat(Competences.nounForm("reconcile accounts", List.of("balance accounts"))).isEqualTo("reconciling accounts");
		assertThat(Competences.nounForm("plan menus", List.of())).isEqualTo("planning menus");
		assertThat(Competences.gerund("tie")).isEqualTo("tying");
		assertThat(Competences.gerund("cook")).isEqualTo("cooking");
		assertThat(Competences.gerund("see")).isEqualTo("seeing");
		assertThat(Competences.gerund("visit")).isEqualTo("visiting");
	}

	@Test
	void labelsWithAnEmptyVerbBecomeTheirObjectAndFragmentsAreDropped() {
		assertThat(Competences.label("oversee the payroll")).contains("payroll");
		assertThat(Competences.label("reconcile accounts")).contains("reconcile accounts");
		assertThat(Competences.label("and procedures")).isEmpty();
		assertThat(Competences.label("for events")).isEmpty();
		assertThat(Competences.label("provide for customers")).contains("provide for customers");
	}

	@Test
	void aCompetenceNamedByOneWordCountsOnlyInContext() {
		EnglishWords english = new EnglishWords();
		english.learn("payroll reports are due ".repeat(EnglishWords.COMMON_AT));
		Dictionary dictionary = new Dictionary(new Curation(english, Set.of("team"), Set.of()));
		dictionary.add(Competences.draft(new Concept("esco:payroll", "manage payroll",
				List.of("oversee payroll", "payroll administration"), List.of(), "skill/competence")));
		dictionary.add(Competences.draft(new Concept("esco:team", "manage a team", List.of("supervise a team"),
				List.of(), "skill/competence")));
		List<Skill> skills = dictionary.skills();
		Skill payroll = skills.stream().filter(s -> s.id().equals("esco:payroll")).findFirst().orElseThrow();
		assertThat(payroll.name()).isEqualTo("payroll");
		assertThat(payroll.category()).isEqualTo(Competences.CATEGORY);
		assertThat(payroll.aliases()).contains(new Alias("payroll", false, true),
				new Alias("payroll administration", false, false));
		Skill team = skills.stream().filter(s -> s.id().equals("esco:team")).findFirst().orElseThrow();
		assertThat(team.aliases()).extracting(Alias::text).containsExactly("supervise a team");
	}

}

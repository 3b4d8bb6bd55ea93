package dev.careers.taxonomy;

import java.util.Optional;
import java.util.Set;

import dev.careers.taxonomy.Draft.Label;
import dev.careers.taxonomy.Draft.LabelKind;
import dev.careers.taxonomy.Draft.SkillType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CurationTest {

	private final Curation curation = new Curation(english(), Set.of("java posse", "energy"), Set.of("go", "word", "make"));

	/** Ordinary prose: every word in it is "common" once it is seen three times. */
	private static EnglishWords english() {
		EnglishWords english = new EnglishWords();
		String prose = "go to the access point and make a word of data with less current for the plan, "
				+ "show initiative and leadership, the arts ";
		english.learn(prose.repeat(EnglishWords.COMMON_AT));
		return english;
	}

	@Test
	void trailingAcronymIsSplitFromItsName() {
		assertThat(Curation.splitTrailingAcronym("Structured query language SQL"))
			.hasValueSatisfying(split -> assertThat(split).containsExactly("Structured query language", "SQL"));
		assertThat(Curation.splitTrailingAcronym("Amazon Web Services AWS"))
			.hasValueSatisfying(split -> assertThat(split).containsExactly("Amazon Web Services", "AWS"));
		assertThat(Curation.splitTrailingAcronym("Customer relationship management CRM")).isPresent();
	}

	@Test
	void productNamesEndingInCapitalsAreNotSplit() {
		assertThat(Curation.splitTrailingAcronym("ANSYS AQWA")).isEmpty();
		assertThat(Curation.splitTrailingAcronym("Accelrys Insight II")).isEmpty();
		assertThat(Curation.splitTrailingAcronym("Plexis Software Plexis POS")).isEmpty();
		assertThat(Curation.splitTrailingAcronym("Python")).isEmpty();
	}

	@Test
	void trailingSoftwareIsDropped() {
		assertThat(Curation.dropSoftware("SAP software")).isEqualTo("SAP");
		assertThat(Curation.dropSoftware("Microsoft Office Software")).isEqualTo("Microsoft Office");
		assertThat(Curation.dropSoftware("Software AG webMethods")).isEqualTo("Software AG webMethods");
	}

	@Test
	void bracketedQualifiersAreStripped() {
		assertThat(Curation.stripBrackets("Java (computer programming)")).isEqualTo("Java");
		assertThat(Curation.stripBrackets("Chef (tools for software configuration management)")).isEqualTo("Chef");
		assertThat(Curation.stripBrackets("SAS [statistics] language")).isEqualTo("SAS language");
	}

	@Test
	void labelsListedAsNoiseAreDroppedWithTheirPlurals() {
		assertThat(alias("Java Posse", LabelKind.ALTERNATIVE, SkillType.HARD)).isEmpty();
		assertThat(alias("energies", LabelKind.ALTERNATIVE, SkillType.HARD)).isEmpty();
	}

	@Test
	void descriptionsLongerThanAFewWordsAreDropped() {
		assertThat(alias("ability to comprehend spoken and written Finnish", LabelKind.ALTERNATIVE, SkillType.LANGUAGE))
			.isEmpty();
		assertThat(alias("KDevelop 4.7.0", LabelKind.ALTERNATIVE, SkillType.HARD)).isEmpty();
	}

	@Test
	void ambiguousNamesNeedTheirSpellingAndContext() {
		assertThat(alias("Go", LabelKind.PREFERRED, SkillType.HARD)).contains(new Alias("Go", true, true));
		assertThat(alias("Word", LabelKind.WITHOUT_VENDOR, SkillType.TOOL)).contains(new Alias("Word", true, true));
		// the lower-case spelling is only ever the verb
		assertThat(alias("make", LabelKind.ALTERNATIVE, SkillType.HARD)).isEmpty();
	}

	@Test
	void singleCommonWordsThatAreSomeoneElsesSynonymAreDropped() {
		assertThat(alias("data", LabelKind.ALTERNATIVE, SkillType.HARD)).isEmpty();
		assertThat(alias("current", LabelKind.ALTERNATIVE, SkillType.HARD)).isEmpty();
		assertThat(alias("initiative", LabelKind.HIDDEN, SkillType.SOFT)).isEmpty();
		assertThat(alias("Access", LabelKind.WITHOUT_VENDOR, SkillType.TOOL)).isEmpty();
	}

	@Test
	void aKnowledgeAreaKeepsItsOwnName() {
		assertThat(alias("accounting", LabelKind.PREFERRED, SkillType.HARD)).contains(new Alias("accounting", false, false));
	}

	@Test
	void aSoftSkillNamedByOneWordCountsOnlyInContext() {
		assertThat(alias("leadership", LabelKind.PREFERRED, SkillType.SOFT)).contains(new Alias("leadership", false, true));
		assertThat(alias("time management", LabelKind.ALTERNATIVE, SkillType.SOFT))
			.contains(new Alias("time management", false, false));
	}

	@Test
	void aLanguageNamedAloneNeedsItsSpellingAndContext() {
		assertThat(alias("Spanish", LabelKind.PREFERRED, SkillType.LANGUAGE)).contains(new Alias("Spanish", true, true));
		assertThat(alias("speak Spanish", LabelKind.ALTERNATIVE, SkillType.LANGUAGE))
			.contains(new Alias("speak Spanish", false, false));
	}

	@Test
	void shortAcronymsAreCaseSensitive() {
		assertThat(alias("LEDs", LabelKind.ALTERNATIVE, SkillType.HARD)).contains(new Alias("LEDs", true, false));
		assertThat(alias("CPR", LabelKind.ALTERNATIVE, SkillType.HARD)).contains(new Alias("CPR", true, false));
		assertThat(alias("ARTS", LabelKind.ACRONYM, SkillType.TOOL)).isEmpty();
	}

	@Test
	void vendorlessNamesMustStillSaySomething() {
		assertThat(alias("Pro", LabelKind.WITHOUT_VENDOR, SkillType.TOOL)).isEmpty();
		assertThat(alias("2000", LabelKind.WITHOUT_VENDOR, SkillType.TOOL)).isEmpty();
		assertThat(alias("QuickBooks", LabelKind.WITHOUT_VENDOR, SkillType.TOOL))
			.contains(new Alias("QuickBooks", false, false));
	}

	@Test
	void aLinguistOnlyLanguageNeedsContextAndIsDroppedIfItIsAWord() {
		assertThat(curation.alias(new Label("Nemerle", LabelKind.PREFERRED), SkillType.HARD, false))
			.contains(new Alias("Nemerle", false, true));
		assertThat(curation.alias(new Label("Less", LabelKind.PREFERRED), SkillType.HARD, false)).isEmpty();
	}

	@Test
	void equipmentIsASkillWhereSkillsAreListedOnly() {
		Draft drawers = Draft.equipment("onet:1:cash-drawers", "Cash drawers", "Cash or ticket boxes")
			.with("ECD", LabelKind.ACRONYM);
		Draft excel = Draft.of("onet:2:excel", "Microsoft Excel", SkillType.TOOL, "Spreadsheet software", true);

		assertThat(curation.aliases(drawers, true)).extracting(Alias::text, Alias::needsContext)
			.containsExactly(tuple("Cash drawers", true), tuple("ECD", true));
		assertThat(curation.aliases(excel, true)).extracting(Alias::needsContext).containsExactly(false);
	}

	private Optional<Alias> alias(String text, LabelKind kind, SkillType type) {
		return curation.alias(new Label(text, kind), type, true);
	}

}

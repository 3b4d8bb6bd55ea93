package dev.careers.worker.skills;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.careers.worker.skills.GoldScoring.GoldSkill;
import dev.careers.worker.skills.GoldScoring.ProductSkill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GoldScoringTest {

	private static final GoldSkill EXCEL = new GoldSkill("Microsoft Excel", List.of("Advanced Excel", "Excel"),
			"software");

	private static final GoldSkill SEO = new GoldSkill("Search Engine Optimization (SEO)", List.of("SEO"), "method");

	private static final GoldSkill PROJECT = new GoldSkill("Microsoft Project", List.of("Project"), "software");

	@Test
	void normalisingLowersCaseTurnsPunctuationIntoSpacesAndPadsTheResult() {
		assertThat(GoldScoring.normalise("TCP/IP")).isEqualTo(" tcp ip ");
		assertThat(GoldScoring.normalise("A/P")).isEqualTo(" a p ");
		assertThat(GoldScoring.normalise("Search Engine Optimization (SEO)"))
			.isEqualTo(" search engine optimization seo ");
		assertThat(GoldScoring.normalise("  Time\n management ")).isEqualTo(" time management ");
	}

	@Test
	void aProductNameEqualToAFormMatches() {
		assertThat(GoldScoring.matches(new ProductSkill("excel", null), EXCEL, true)).isTrue();
		assertThat(GoldScoring.matches(new ProductSkill("search engine optimization seo", null), SEO, true)).isTrue();
	}

	@Test
	void theMatchedTextCountsAsMuchAsTheName() {
		assertThat(GoldScoring.matches(new ProductSkill("Spreadsheets", "Advanced Excel"), EXCEL, true)).isTrue();
	}

	@Test
	void containmentIsWholeWordsAndOnlyOutsideTheStrictVariant() {
		ProductSkill advanced = new ProductSkill("Excel pivot tables", null);
		ProductSkill excellent = new ProductSkill("Excellent communication", null);

		assertThat(GoldScoring.matches(advanced, EXCEL, false)).isTrue();
		assertThat(GoldScoring.matches(advanced, EXCEL, true)).isFalse();
		assertThat(GoldScoring.matches(excellent, EXCEL, false)).isFalse();
	}

	@Test
	void aBlankFormMatchesNothing() {
		GoldSkill punctuationOnly = new GoldSkill("--", List.of(), "domain");

		assertThat(GoldScoring.matches(new ProductSkill("anything", null), punctuationOnly, false)).isFalse();
	}

	@Test
	void recallAndPrecisionAreMicroAveragedOverDocumentsAndRecallIsSplitByKind() {
		GoldScoring lenient = new GoldScoring(false);
		lenient.add(List.of(EXCEL, SEO), List.of(new ProductSkill("Microsoft Excel", "Excel"),
				new ProductSkill("Project management", "project management")));
		lenient.add(List.of(PROJECT), List.of(new ProductSkill("Project management", "project management"),
				new ProductSkill("Cooking", "cooking"), new ProductSkill("Baking", "baking")));

		// found: Excel and (by accident, contained) Microsoft Project; correct: Excel and one project management
		assertThat(lenient.recall()).isCloseTo(2 / 3.0, within(1e-9));
		assertThat(lenient.precision()).isCloseTo(2 / 5.0, within(1e-9));
		assertThat(lenient.recallByKind()).containsEntry("software", 1.0).containsEntry("method", 0.0);
		assertThat(lenient.goldByKind()).containsEntry("software", 2).containsEntry("method", 1);

		GoldScoring strict = new GoldScoring(true);
		strict.add(List.of(PROJECT), List.of(new ProductSkill("Project management", "project management")));
		assertThat(strict.recall()).isZero();
		assertThat(strict.precision()).isZero();
	}

	@Test
	void noDocumentsScoreZeroRatherThanFailing() {
		GoldScoring empty = new GoldScoring(false);

		assertThat(empty.recall()).isZero();
		assertThat(empty.precision()).isZero();
	}

}

package dev.careers.worker.pdf;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfTextNormaliserTest {

	@Test
	void ligaturesAreSpeltOut() {
		assertThat(PdfTextNormaliser.normalise("e\uFB03cient work\uFB02ow, \uFB01nance")).isEqualTo("efficient workflow, finance");
	}

	@Test
	void wordsHyphenatedAcrossALineAreJoined() {
		assertThat(PdfTextNormaliser.normalise("software develop-\nment and manage- \r\n  ment"))
			.isEqualTo("software development and management");
	}

	@Test
	void rangesAndCapitalisedWordsAfterAHyphenAreKept() {
		assertThat(PdfTextNormaliser.normalise("2019-\n2020\nJava -\nSpring\nfront-\nEnd"))
			.isEqualTo("2019-\n2020\nJava -\nSpring\nfront-\nEnd");
	}

	@Test
	void invisibleAndControlCharactersAreRemoved() {
		assertThat(PdfTextNormaliser.normalise("Post\u00ADgre\u200BSQL\u0000 and\u00A0Kafka\r\n"))
			.isEqualTo("PostgreSQL and Kafka\n");
	}

	@Test
	void theCapitalANonBreakingSpaceLeavesWhenMisreadAsLatin1IsDropped() {
		assertThat(PdfTextNormaliser.normalise("Effectively prioritize tasks\u00C2 \nSkills\u00C2\u200B\nOffice\u00C2\u00A0Excel\u00C2"))
			.isEqualTo("Effectively prioritize tasks \nSkills\nOffice Excel");
		assertThat(PdfTextNormaliser.normalise("\u00C2me, \u00C2ge")).isEqualTo("\u00C2me, \u00C2ge");
	}

}

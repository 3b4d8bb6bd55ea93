package dev.careers.taxonomy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinguistSourceTest {

	@Test
	void aliasesThatAbbreviateOrExtendTheNameAreKept() {
		assertThat(LinguistSource.namesTheLanguage("js", "JavaScript")).isTrue();
		assertThat(LinguistSource.namesTheLanguage("golang", "Go")).isTrue();
		assertThat(LinguistSource.namesTheLanguage("python3", "Python")).isTrue();
	}

	@Test
	void editorAndFileTypeIdsAreDropped() {
		assertThat(LinguistSource.namesTheLanguage("node", "JavaScript")).isFalse();
		assertThat(LinguistSource.namesTheLanguage("cake", "C#")).isFalse();
		assertThat(LinguistSource.namesTheLanguage("envrc", "Shell")).isFalse();
		assertThat(LinguistSource.namesTheLanguage("javascript", "JavaScript")).isFalse();
	}

}

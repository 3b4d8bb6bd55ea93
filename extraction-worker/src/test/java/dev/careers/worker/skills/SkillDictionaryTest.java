package dev.careers.worker.skills;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import dev.careers.events.SkillMatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed dictionary, as the worker loads it: what a recruiter expects to be found is found,
 * and the known false positives of {@code skills/false-positives.txt} stay unmatched.
 */
class SkillDictionaryTest {

	private static SkillMatcher matcher;

	@BeforeAll
	static void loadDictionary() {
		matcher = new SkillMatcher();
	}

	private static List<String> names(String text) {
		return matcher.match(text).stream().map(SkillMatch::name).toList();
	}

	@Test
	void versionNamesItsSources() {
		assertThat(matcher.taxonomyVersion()).contains("onet").contains("esco").contains("linguist");
	}

	@Test
	void findsWhatARecruiterExpects() {
		String resume = """
				Jane Doe
				Skills
				Python, Java, SQL, Kubernetes, Microsoft Excel, QuickBooks, customer service
				Languages
				Fluent in English and Spanish
				Experience
				Built Node.js services on Amazon Web Services and did project management.
				""";
		assertThat(names(resume)).contains("Python", "Java", "SQL", "Kubernetes", "Microsoft Excel",
				"Intuit QuickBooks", "Customer service", "English", "Spanish", "Node.js", "Amazon Web Services (AWS)",
				"Project management");
	}

	@Test
	void programmingLanguagesAreHardSkills() {
		assertThat(matcher.match("Skills: Python, Kotlin")).hasSize(2).allSatisfy(m -> {
			assertThat(m.type()).isEqualTo("hard");
			assertThat(m.category()).isEqualTo("Programming language");
		});
	}

	@Test
	void hotTechnologiesKeepTheirOnetCode() {
		assertThat(matcher.match("Skills: Microsoft Excel")).singleElement()
			.satisfies(m -> assertThat(m.skillId()).startsWith("onet:"));
	}

	@Test
	void knownFalsePositivesDoNotMatch() throws IOException {
		for (String line : lines("/skills/false-positives.txt")) {
			String[] parts = line.split("\\s*!=\\s*", 2);
			assertThat(names(parts[0])).as("\"%s\" must not match %s", parts[0], parts[1]).doesNotContain(parts[1]);
		}
	}

	private static List<String> lines(String resource) throws IOException {
		try (InputStream in = Objects.requireNonNull(SkillDictionaryTest.class.getResourceAsStream(resource))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(l -> !l.isBlank() && !l.startsWith("#"))
				.toList();
		}
	}

}

package dev.careers.worker.skills;

import java.util.List;

import dev.careers.events.SkillMatch;
import dev.careers.worker.skills.Taxonomy.Alias;
import dev.careers.worker.skills.Taxonomy.Entry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The matcher's rules on a small dictionary written here, so each case says exactly what it tests. */
class SkillMatcherTest {

	private static final String PROGRAMMING = "Programming language";

	private static final String ESCO = "http://data.europa.eu/esco/skill/";

	private final SkillMatcher matcher = new SkillMatcher(new Taxonomy("test-1", List.of(
			entry("js:node", "Node.js", "hard", "Web platform", "Node.js"),
			entry("ling:java", "Java", "hard", PROGRAMMING, "Java"),
			entry("ling:javascript", "JavaScript", "hard", PROGRAMMING, "JavaScript", "js"),
			entry("ling:go", "Go", "hard", PROGRAMMING, "=?Go", "golang"),
			entry("ling:c", "C", "hard", PROGRAMMING, "=?C"),
			entry("ling:fancy", "Fancy", "hard", PROGRAMMING, "?Fancy"),
			entry("careers:baking", "Baking", "hard", "Operations", "!baking"),
			entry("ling:c++", "C++", "hard", PROGRAMMING, "=C++"),
			entry("ling:c#", "C#", "hard", PROGRAMMING, "=C#"),
			entry(ESCO + "db", "database", "hard", "knowledge", "database"),
			entry(ESCO + "history", "history", "hard", "knowledge", "history"),
			entry("onet:excel", "Microsoft Excel", "tool", "Spreadsheet", "Microsoft Excel", "=?Excel", "MS Excel"),
			entry("onet:word", "Microsoft Word", "tool", "Word processing", "Microsoft Word", "=?Word"),
			entry("onet:sql", "Structured query language (SQL)", "tool", "Query", "Structured query language", "=SQL"),
			entry("esco:english", "English", "language", "language", "=?English", "speak English"),
			entry(ESCO + "leadership", "lead others", "soft", "leading", "?leadership", "lead others"),
			entry("onet:aspnet", "ASP.NET", "tool", "Web platform", "ASP.NET"),
			entry("onet:dotnet", ".NET Framework", "tool", "Web platform", ".NET Framework", ".NET"),
			entry("onet:client-db", "Client databases", "tool", "Database", "Client databases"),
			entry(ESCO + "etl", "extract, transform, load", "hard", "knowledge", "extract, transform, load"),
			entry("careers:sla", "Service level agreements", "hard", "Customer service", "!service level agreements",
					"=!SLA", "=!SLAs"))));

	private static Entry entry(String id, String name, String type, String category, String... aliases) {
		return new Entry(id, name, type, category, false, java.util.Arrays.stream(aliases).map(Alias::parse).toList());
	}

	private List<String> names(String text) {
		return matcher.match(text).stream().map(SkillMatch::name).toList();
	}

	@Test
	void evidenceOffsetsPointAtTheMentionInTheOriginalText() {
		String text = "Built   services in Java\nand tuned a database.";
		SkillMatch java = matcher.match(text).stream().filter(m -> m.name().equals("Java")).findFirst().orElseThrow();
		assertThat(text.substring(java.start(), java.end())).isEqualTo("Java");
		assertThat(java.evidence()).isEqualTo("Built services in Java and tuned a database.");
		assertThat(java.skillId()).isEqualTo("ling:java");
		assertThat(java.type()).isEqualTo("hard");
		assertThat(java.category()).isEqualTo(PROGRAMMING);
		assertThat(java.confidence()).isBetween(0.0, 1.0);
	}

	@Test
	void aNameDoesNotRunAcrossTwoItemsOfAListOrTwoSentences() {
		assertThat(names("Kept client databases current")).containsExactly("Client databases");
		assertThat(names("Served clients, database upkeep")).doesNotContain("Client databases");
		assertThat(names("Served the client. Databases were my job")).doesNotContain("Client databases");
		assertThat(names("Served the client; databases too")).doesNotContain("Client databases");
		// a name whose own words a comma separates still matches them
		assertThat(names("Wrote jobs to extract, transform, load the data")).contains("Extract, transform, load");
		// a line break is not a list mark: a name may wrap
		assertThat(names("Kept client\ndatabases current")).containsExactly("Client databases");
	}

	@Test
	void eachExactSpellingOfAnEntryMatchesWhereTheyFoldToOneWord() {
		assertThat(names("Met every SLA")).containsExactly("Service level agreements");
		assertThat(names("Met all SLAs")).containsExactly("Service level agreements");
		assertThat(names("Met all slas")).isEmpty();
	}

	@Test
	void aWordOfAnEmailOrWebAddressNamesNoSkill() {
		assertThat(names("Write to jane.doe@java.com today")).isEmpty();
		assertThat(names("Portfolio: https://java.example.org/jane and www.java.org")).isEmpty();
		assertThat(names("Wrote Java services")).containsExactly("Java");
	}

	@Test
	void pastimesOfTheInterestsSectionAreNoSkillsButSpokenLanguagesAre() {
		assertThat(names("Interests\nBaking, history, hiking\nspeak English at home")).containsExactly("English");
		assertThat(names("Experience\nBaking for the hotel's restaurant")).containsExactly("Baking");
	}

	@Test
	void matchesWholeTokensOnly() {
		assertThat(names("Wrote JavaScript daily")).containsExactly("JavaScript");
		assertThat(names("Javanese cooking; a databased approach")).isEmpty();
	}

	@Test
	void caseAndPunctuationAreNormalised() {
		assertThat(names("JAVA")).containsExactly("Java");
		assertThat(names("(java)")).containsExactly("Java");
	}

	@Test
	void pluralsMatchTheSingularName() {
		assertThat(names("Skills: relational databases")).containsExactly("Database");
	}

	@Test
	void nodeJsIsFoundHoweverItIsWritten() {
		for (String written : List.of("Node.js", "NodeJS", "node js", "nodejs", "NODE.JS")) {
			assertThat(names("Backend in " + written + " services")).as(written).containsExactly("Node.js");
		}
	}

	@Test
	void dottedNamesKeepTheirDots() {
		assertThat(names("Web apps in ASP.NET and the .NET Framework")).containsExactlyInAnyOrder("ASP.NET",
				".NET Framework");
		assertThat(names("Net income grew")).isEmpty();
	}

	@Test
	void theLongestAliasWins() {
		assertThat(matcher.match("Expert in Microsoft Excel")).singleElement()
			.satisfies(m -> assertThat(m.evidence()).contains("Microsoft Excel"))
			.satisfies(m -> assertThat(m.end() - m.start()).isEqualTo("Microsoft Excel".length()));
	}

	@Test
	void symbolsInLanguageNamesAreKept() {
		assertThat(names("Programming languages: C, C++, C#")).containsExactlyInAnyOrder("C", "C++", "C#");
	}

	@Test
	void sectionsComeFromHeadings() {
		String text = "Jane Doe\nSummary\nLoves Java.\nSkills\nSQL\nExperience\nBuilt reports in Microsoft Excel\n"
				+ "Education\nCoursework: baking";
		assertThat(matcher.match(text)).extracting(SkillMatch::name, SkillMatch::section)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Java", null),
					org.assertj.core.groups.Tuple.tuple("SQL", "skills"),
					org.assertj.core.groups.Tuple.tuple("Microsoft Excel", "experience"),
					org.assertj.core.groups.Tuple.tuple("Baking", "education"));
	}

	@Test
	void anInlineHeadingOpensItsSection() {
		assertThat(matcher.match("TECHNICAL SKILLS: Java, SQL")).extracting(SkillMatch::section)
			.containsOnly("skills");
	}

	@Test
	void headingsThemselvesNameNoSkill() {
		assertThat(names("Work History\nCashier at a store")).isEmpty();
	}

	@Test
	void eachSkillIsReportedOnceWithItsBestEvidence() {
		String text = "Experience\nUsed Java at work.\nSkills\nJava\n";
		List<SkillMatch> matches = matcher.match(text);
		assertThat(matches).singleElement().satisfies(m -> {
			assertThat(m.section()).isEqualTo("skills");
			assertThat(m.start()).isEqualTo(text.lastIndexOf("Java"));
		});
	}

	@Test
	void aSkillMentionedOftenIsMoreCertain() {
		double once = matcher.match("Java").get(0).confidence();
		double thrice = matcher.match("Java. Java. Java.").get(0).confidence();
		assertThat(thrice).isGreaterThan(once);
	}

	@Test
	void ambiguousNamesCountOnlyAsListedTechnology() {
		assertThat(names("Languages: Go, Java")).contains("Go");
		assertThat(names("Wrote services in Java, Go and SQL")).contains("Go");
		assertThat(names("Go to market strategy for new stores")).isEmpty();
		assertThat(names("we go with java")).containsExactly("Java");
	}

	@Test
	void aProgrammingLanguageNamedByAWordNeedsTechnologyBesideIt() {
		assertThat(names("Fancy pastries and baking for the banquets")).containsExactly("Baking");
		assertThat(names("Scripts in Fancy and Java")).containsExactlyInAnyOrder("Fancy", "Java");
		assertThat(names("Reports in SQL, Fancy")).containsExactlyInAnyOrder("Fancy", "SQL");
	}

	@Test
	void aProductNamedByAWordMustStandAlone() {
		assertThat(names("Proficient in Word and Excel")).containsExactlyInAnyOrder("Microsoft Word", "Microsoft Excel");
		assertThat(names("Skills\nWord of mouth marketing")).containsExactly("Word of mouth marketing");
		assertThat(names("I excel at service, Excel at nothing")).isEmpty();
		assertThat(names("Skills\nWord software, Excel tools")).containsExactlyInAnyOrder("Microsoft Word", "Microsoft Excel");
	}

	@Test
	void singleLettersNeedProgrammingContext() {
		assertThat(names("Skills\nC, charts, Credit")).doesNotContain("C");
		assertThat(names("Titles called on include the entire C suite, CEO, COO")).isEmpty();
		assertThat(names("Knowledge of A/C and D/C theory, Java")).containsExactly("Java");
		assertThat(names("Wrote embedded firmware in C.")).containsExactly("C");
	}

	@Test
	void languagesCountWhenSpokenOf() {
		assertThat(names("Fluent in English and Spanish")).containsExactly("English");
		assertThat(names("Languages\nEnglish")).containsExactly("English");
		assertThat(names("I speak English daily")).containsExactly("English");
		assertThat(names("English Language Arts Teacher")).isEmpty();
		assertThat(names("Bachelor of Arts in English, 2010")).isEmpty();
	}

	@Test
	void softSkillsNamedByOneWordCountInASkillsSectionOnly() {
		assertThat(names("Showed leadership when the manager left")).isEmpty();
		assertThat(names("Skills\nleadership, teamwork")).containsExactly("Leadership");
		assertThat(names("Able to lead others through change")).containsExactly("Lead others");
	}

	@Test
	void softSkillsCoordinatedBeforeSkillsShareTheNoun() {
		assertThat(names("Known for leadership, planning and negotiation skills")).containsExactly("Leadership");
		assertThat(names("Honed my leadership and research abilities")).containsExactly("Leadership");
		assertThat(names("Showed leadership skills")).isEmpty();
		assertThat(names("Showed leadership. Skills in planning")).isEmpty();
		assertThat(names("Showed leadership with many teams")).isEmpty();
	}

	@Test
	void emptyTextHasNoSkills() {
		assertThat(matcher.match("")).isEmpty();
		assertThat(matcher.match(null)).isEmpty();
	}

	@Test
	void reportsTheDictionaryVersion() {
		assertThat(matcher.taxonomyVersion()).isEqualTo("test-1");
	}

}

package dev.careers.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import dev.careers.taxonomy.Dictionary.Skill;
import dev.careers.taxonomy.Draft.SkillType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole build on a few rows of each source, laid out as in {@code /work/shared/taxonomy}. */
class TaxonomyBuilderTest {

	@TempDir
	static Path source;

	private static Map<String, Skill> byName;

	@BeforeAll
	static void build() throws IOException {
		Path onet = Files.createDirectories(source.resolve("onet"));
		Files.writeString(onet.resolve("Technology Skills.txt"), """
				O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand
				15-1252.00\tStructured query language SQL\t43232306\tData base user interface and query software\tY\tY
				15-1252.00\tPython\t43232405\tObject or component oriented development software\tY\tN
				15-1252.00\tWord processing software\t43231505\tWord processing software\tN\tN
				15-1252.00\tOracle Java\t43232405\tObject or component oriented development software\tN\tN
				""");
		Files.writeString(onet.resolve("Tools Used.txt"), """
				O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title
				47-2031.00\tForklifts\t24101603\tForklifts
				53-7051.00\tForklifts\t24101603\tForklifts
				47-2031.00\t12 pound sledge hammers\t27111602\tHammers
				53-7051.00\t12 pound sledge hammers\t27111602\tHammers
				19-2031.00\tKemper calipers\t41111604\tCalipers
				""");
		Files.writeString(onet.resolve("Occupation Data.txt"), "Code\tTitle\tDescription\n"
				+ "1\tClerk\tKeep the data current and the plan on the table.\n".repeat(EnglishWords.COMMON_AT));
		Files.writeString(onet.resolve("Content Model Reference.txt"), "Element ID\tElement Name\tDescription\n");
		Path esco = Files.createDirectories(source.resolve("esco"));
		String header = "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,"
				+ "modifiedDate,scopeNote,definition,inScheme,description\r\n";
		Files.writeString(esco.resolve("skills_en.csv"), header
				+ "K,esco:sql,knowledge,x,SQL,\"SQL\nStructured Query Language\",,released,,,,,\"A query language.\"\r\n"
				+ "K,esco:java,skill/competence,x,Java (computer programming),Java,,released,,,,,\r\n"
				+ "K,esco:stats,knowledge,x,statistics,\"data\nstatistical analysis\",,released,,,,,\r\n"
				+ "K,esco:spanish,knowledge,x,Spanish,\"Castilian\nability to comprehend spoken and written Spanish and more\",,released,,,,,\r\n"
				+ "K,esco:write-spanish,skill/competence,x,write Spanish,correspond in written Spanish,,released,,,,,\r\n"
				+ "K,esco:teams,skill/competence,x,work in teams,\"teamwork\nteam work\",collaboration,released,,,,,\r\n");
		String collection = "conceptType,conceptUri,preferredLabel,status,skillType,reuseLevel,altLabels,description,"
				+ "broaderConceptUri,broaderConceptPT\r\n";
		Files.writeString(esco.resolve("digitalSkillsCollection_en.csv"),
				collection + "K,esco:java,Java,released,,,,,esco:prog,computer programming\r\n");
		Files.writeString(esco.resolve("transversalSkillsCollection_en.csv"),
				collection + "K,esco:teams,work in teams,released,,,,,esco:coll,collaboration\r\n");
		Files.writeString(esco.resolve("languageSkillsCollection_en.csv"),
				collection + "K,esco:spanish,Spanish,released,knowledge,,,,esco:languages,languages\r\n"
						+ "K,esco:write-spanish,write Spanish,released,skill/competence,,,,esco:spanish,Spanish\r\n");
		Path linguist = Files.createDirectories(source.resolve("linguist"));
		Files.writeString(linguist.resolve("languages.yml"), """
				---
				Java:
				  type: programming
				  language_id: 181
				Go:
				  type: programming
				  aliases:
				  - golang
				  language_id: 132
				Nemerle:
				  type: programming
				  language_id: 249
				Git Config:
				  type: data
				  language_id: 807
				Python:
				  type: programming
				  aliases:
				  - python3
				  - rusthon
				  language_id: 303
				""");
		byName = TaxonomyBuilder.build(source).stream().collect(Collectors.toMap(Skill::name, Function.identity()));
	}

	private static List<String> aliases(String name) {
		return byName.get(name).aliases().stream().map(Alias::encoded).toList();
	}

	@Test
	void onetAcronymsAreSplitAndMergeWithEscoConcepts() {
		Skill sql = byName.get("Structured query language (SQL)");
		assertThat(sql.id()).isEqualTo("onet:43232306:structured-query-language");
		assertThat(sql.hot()).isTrue();
		assertThat(sql.category()).isEqualTo("Data base user interface and query");
		assertThat(aliases(sql.name())).containsExactly("Structured query language", "=SQL");
		assertThat(byName).doesNotContainKey("SQL");
	}

	@Test
	void genericCategoryExamplesAreLeftOut() {
		assertThat(byName).doesNotContainKeys("Word processing software", "Word processing");
	}

	@Test
	void programmingLanguagesAreHardAndKeepTheFirstSourcesId() {
		Skill python = byName.get("Python");
		assertThat(python.id()).isEqualTo("onet:43232405:python");
		assertThat(python.type()).isEqualTo(SkillType.HARD);
		assertThat(python.category()).isEqualTo(LinguistSource.CATEGORY);
		assertThat(aliases("Python")).containsExactly("Python", "python3");
	}

	@Test
	void escoBracketsAreStrippedAndTheNameJoinsItsLanguage() {
		assertThat(byName.get("Java").id()).isEqualTo("linguist:181");
		assertThat(aliases("Java")).containsExactly("Java");
		assertThat(byName.get("Oracle Java").aliases()).extracting(Alias::text).containsExactly("Oracle Java");
	}

	@Test
	void linguistOnlyLanguagesNeedContextAndDataFormatsAreLeftOut() {
		assertThat(aliases("Nemerle")).containsExactly("?Nemerle");
		assertThat(aliases("Go")).containsExactly("=?Go", "?golang");
		assertThat(byName).doesNotContainKey("Git Config");
	}

	@Test
	void languageSkillsFoldIntoTheirLanguage() {
		Skill spanish = byName.get("Spanish");
		assertThat(spanish.type()).isEqualTo(SkillType.LANGUAGE);
		assertThat(aliases("Spanish")).containsExactly("=?Spanish", "=?Castilian", "write Spanish",
				"correspond in written Spanish");
		assertThat(byName).doesNotContainKey("write Spanish");
	}

	@Test
	void synonymsThatAreOrdinaryWordsAndHiddenSingleWordsAreDropped() {
		assertThat(aliases("statistics")).containsExactly("statistics", "statistical analysis");
	}

	@Test
	void aSourceSkillNamedByTheVocabularyIsShownByTheVocabularysNameAndKeepsItsId() {
		// ESCO's "work in teams" is an alias of the vocabulary's Teamwork
		Skill teamwork = byName.get("Teamwork");
		assertThat(teamwork.id()).isEqualTo("esco:teams");
		assertThat(teamwork.type()).isEqualTo(SkillType.SOFT);
		assertThat(aliases("Teamwork")).startsWith("!Teamwork", "!team work").contains("!work in teams");
		assertThat(byName).doesNotContainKey("work in teams");
	}

	@Test
	void aVocabularySkillNoSourceNamesHasAnIdOfTheProjectAndItsDutyVerbsAreMarked() {
		Skill hiring = byName.get("Hiring");
		assertThat(hiring.id()).isEqualTo("careers:hiring");
		assertThat(hiring.category()).isEqualTo("People management");
		assertThat(aliases("Hiring")).startsWith("!Hiring", "!^hired");
		assertThat(aliases("Accounts payable")).contains("=!A/P");
	}

	@Test
	void onlyEquipmentSeveralOccupationsShareIsKept() {
		assertThat(byName).containsKey("Forklifts").doesNotContainKeys("Kemper calipers", "12 pound sledge hammers");
		assertThat(byName.get("Forklifts").type()).isEqualTo(SkillType.TOOL);
	}

	@Test
	void theResourceHasAVersionHeaderAndOneSkillALine() throws IOException {
		Path output = source.resolve("out/taxonomy.tsv.gz");
		Dictionary.write(List.copyOf(byName.values()), "test-version", output);
		try (InputStream in = new GZIPInputStream(Files.newInputStream(output))) {
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
			assertThat(lines.get(0)).isEqualTo("#version\ttest-version");
			assertThat(lines).hasSize(byName.size() + 1)
				.contains("onet:43232306:structured-query-language\tStructured query language (SQL)\ttool\t"
						+ "Data base user interface and query\tY\tStructured query language|=SQL");
		}
	}

}

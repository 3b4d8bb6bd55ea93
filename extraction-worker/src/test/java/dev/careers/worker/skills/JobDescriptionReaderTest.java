package dev.careers.worker.skills;

import dev.careers.events.JobPostingDetails;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JobDescriptionReaderTest {

	private final JobDescriptionReader reader = new JobDescriptionReader();

	@Test
	void labelledFieldsAreRead() {
		String text = """
				Job Description
				Job Title: Senior Data Engineer
				Company: Acme Analytics Ltd
				Location: Berlin, Germany
				Employment Type: Full-time
				Salary: €70,000 - €85,000 per year
				We build pipelines in Python and SQL.
				""";
		JobPostingDetails details = reader.fromText(text, "jd.pdf");
		assertThat(details.title()).isEqualTo("Senior Data Engineer");
		assertThat(details.company()).isEqualTo("Acme Analytics Ltd");
		assertThat(details.locations()).containsExactly("Berlin, Germany");
		assertThat(details.employmentType()).isEqualTo("FULL_TIME");
		assertThat(details.salary()).isEqualTo("€70,000 - €85,000 per year");
		assertThat(details.description()).isEqualTo(text.strip());
		assertThat(details.parsedBy()).isEqualTo("pdf");
		assertThat(details.sourceUrl()).isNull();
	}

	@Test
	void titleAndCompanyFromAHeadline() {
		JobPostingDetails details = reader.fromText("Backend Developer at Globex Corporation\nRemote, part-time.\n",
				"posting.pdf");
		assertThat(details.title()).isEqualTo("Backend Developer");
		assertThat(details.company()).isEqualTo("Globex Corporation");
		assertThat(details.remote()).isTrue();
		assertThat(details.employmentType()).isEqualTo("PART_TIME");
	}

	@Test
	void theFirstShortLineIsTheTitleAndAboutNamesTheCompany() {
		String text = "Job Posting\nWarehouse Associate\nYou will move boxes safely.\nAbout Initech\nWe ship things.\n";
		JobPostingDetails details = reader.fromText(text, "x.pdf");
		assertThat(details.title()).isEqualTo("Warehouse Associate");
		assertThat(details.company()).isEqualTo("Initech");
		assertThat(details.remote()).isNull();
	}

	@Test
	void theFileNameIsTheLastResortForATitle() {
		JobPostingDetails details = reader.fromText("we are looking for someone who likes numbers and coffee.",
				"uploads/Senior_Accountant-2024.pdf");
		assertThat(details.title()).isEqualTo("Senior Accountant 2024");
		assertThat(details.company()).isNull();
	}

	@Test
	void aSalaryInTheTextIsFound() {
		assertThat(reader.fromText("Title: Cook\nPays $18 - $22 per hour.", "c.pdf").salary())
			.isEqualTo("$18 - $22 per hour");
	}

}

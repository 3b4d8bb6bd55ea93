package dev.careers.importer.applicants;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResumesTest {

	@Test
	void anApplicantIsNamedAfterItsFileUntilExtractionReadsTheResume() {
		assertThat(Resumes.placeholderName("Jane Doe CV.pdf")).isEqualTo("Jane Doe CV");
		assertThat(Resumes.placeholderName("resume.PDF")).isEqualTo("resume");
		assertThat(Resumes.placeholderName(".pdf")).isEqualTo(".pdf");
		assertThat(Resumes.placeholderName("no-extension")).isEqualTo("no-extension");
	}

}

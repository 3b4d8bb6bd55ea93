package dev.careers.benchmark.corpus;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResumeGeneratorTest {

	@Test
	void sameSeedAndIndexGiveTheSameBytes() {
		assertThat(new ResumeGenerator(42).resume(7).content()).isEqualTo(new ResumeGenerator(42).resume(7).content());
	}

	@Test
	void anotherSeedOrIndexGivesAnotherResume() {
		GeneratedResume resume = new ResumeGenerator(42).resume(7);

		assertThat(new ResumeGenerator(43).resume(7).content()).isNotEqualTo(resume.content());
		assertThat(new ResumeGenerator(42).resume(8).content()).isNotEqualTo(resume.content());
		assertThat(new ResumeGenerator(42).resume(8).fileName()).isNotEqualTo(resume.fileName());
	}

	@Test
	void resumesHaveOneToFourPagesAsTheirPdfSays() throws IOException {
		ResumeGenerator generator = new ResumeGenerator(1);
		Set<Integer> pageCounts = new TreeSet<>();
		for (int index = 0; index < 40; index++) {
			GeneratedResume resume = generator.resume(index);
			try (PDDocument pdf = Loader.loadPDF(resume.content())) {
				assertThat(pdf.getNumberOfPages()).isEqualTo(resume.pages());
			}
			pageCounts.add(resume.pages());
		}
		assertThat(pageCounts).containsExactly(1, 2, 3, 4);
	}

	@Test
	void resumesWeighWhatARealResumeWeighs() {
		ResumeGenerator generator = new ResumeGenerator(5);

		assertThat(IntStream.range(0, 30).map(index -> generator.resume(index).content().length))
			.allSatisfy(bytes -> assertThat(bytes).isBetween(20 * 1024, 80 * 1024));
	}

	@Test
	void textCarriesContactDetailsSectionsAndEverySkill() throws IOException {
		GeneratedResume resume = new ResumeGenerator(9).resume(3);

		String text;
		try (PDDocument pdf = Loader.loadPDF(resume.content())) {
			text = new PDFTextStripper().getText(pdf);
		}
		assertThat(text).contains("@example.com", "+44 20 7946", "SUMMARY", "EXPERIENCE", "EDUCATION", "SKILLS");
		assertThat(resume.skills()).isNotEmpty().allSatisfy(skill -> assertThat(text).contains(skill));
	}

	@Test
	void mostResumesEmbedASubsetTrueTypeFontAsExportedResumesDo() throws IOException {
		ResumeGenerator generator = new ResumeGenerator(1);
		int embedding = 0;
		for (int index = 0; index < 40; index++) {
			if (embedsTrueTypeSubset(generator.resume(index))) {
				embedding++;
			}
		}
		assertThat(embedding).as("resumes of 40 with an embedded TrueType subset").isBetween(24, 39);
	}

	private static boolean embedsTrueTypeSubset(GeneratedResume resume) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(resume.content())) {
			PDPage first = pdf.getPage(0);
			for (COSName name : first.getResources().getFontNames()) {
				PDFont font = first.getResources().getFont(name);
				if (font instanceof PDType0Font type0 && type0.isEmbedded() && type0.getCOSObject().containsKey(COSName.TO_UNICODE)
						&& type0.getName().matches("[A-Z]{6}\\+.*")) {
					return true;
				}
			}
			return false;
		}
	}

	@Test
	void largeResumeReachesItsTargetSize() {
		GeneratedResume large = new ResumeGenerator(3).largeResume(0, 2 * 1024 * 1024);

		assertThat(large.content().length).isBetween(2 * 1024 * 1024, 6 * 1024 * 1024);
		assertThat(large.pages()).isGreaterThan(1);
	}

}

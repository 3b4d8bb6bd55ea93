package dev.careers.worker.pdf;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TesseractTsvTest {

	@Test
	void wordsAreRegroupedIntoLinesWithTheirMeanConfidence() {
		List<String> tsv = List.of(
				"level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
				"1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t", "4\t1\t1\t1\t1\t0\t300\t300\t400\t50\t-1\t",
				"5\t1\t1\t1\t1\t1\t300\t300\t100\t50\t90\tJane", "5\t1\t1\t1\t1\t2\t420\t300\t100\t50\t80\tDoe",
				"5\t1\t1\t1\t2\t1\t300\t360\t100\t50\t70\tJava", "5\t1\t1\t1\t2\t2\t420\t360\t100\t50\t-1\t ");

		TesseractOcr.OcrPage page = TesseractOcr.parse(tsv);

		assertThat(page.text()).isEqualTo("Jane Doe\nJava");
		assertThat(page.words()).isEqualTo(3);
		assertThat(page.meanConfidence()).isEqualTo(80.0);
	}

}

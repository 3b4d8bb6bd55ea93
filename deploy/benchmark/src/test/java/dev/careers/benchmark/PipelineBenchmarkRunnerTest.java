package dev.careers.benchmark;

import org.junit.jupiter.api.Test;

import dev.careers.benchmark.report.PipelineFigures;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineBenchmarkRunnerTest {

	@Test
	void rateAndCpuAreReadFromTheWorkerPipelineLines() {
		String printed = """
				200 PDFs under /tmp/corpus, 3 rounds each (best counts)
				raw PDFBox text        61.2 documents/s  (16.3 ms/document)
				worker pipeline        48.7 documents/s  (20.5 ms/document)
				worker pipeline CPU        24.5 ms/document
				""";

		assertThat(PipelineBenchmarkRunner.parse(printed)).hasValue(new PipelineFigures(48.7, 0.0245));
		assertThat(PipelineBenchmarkRunner.parse("BUILD FAILURE")).isEmpty();
	}

	@Test
	void anOlderPipelineBenchmarkGivesTheRateWithoutCpu() {
		String printed = "worker pipeline        48.7 documents/s  (20.5 ms/document)\n";

		assertThat(PipelineBenchmarkRunner.parse(printed)).hasValue(new PipelineFigures(48.7, null));
	}

	@Test
	void aSmallFolderIsReadAgainUntilTwoThousandDocumentsHaveGoneThrough() {
		assertThat(PipelineBenchmarkRunner.rounds(180)).isEqualTo(12);
		assertThat(PipelineBenchmarkRunner.rounds(2000)).isEqualTo(3);
		assertThat(PipelineBenchmarkRunner.rounds(1)).isEqualTo(2000);
	}

}

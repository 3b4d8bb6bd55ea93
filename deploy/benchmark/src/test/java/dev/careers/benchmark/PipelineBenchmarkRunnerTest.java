package dev.careers.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineBenchmarkRunnerTest {

	@Test
	void rateIsReadFromTheWorkerPipelineLine() {
		String printed = """
				200 PDFs under /tmp/corpus, 3 rounds each (best counts)
				raw PDFBox text        61.2 documents/s  (16.3 ms/document)
				worker pipeline        48.7 documents/s  (20.5 ms/document)
				""";

		assertThat(PipelineBenchmarkRunner.parseRate(printed)).hasValue(48.7);
		assertThat(PipelineBenchmarkRunner.parseRate("BUILD FAILURE")).isEmpty();
	}

}

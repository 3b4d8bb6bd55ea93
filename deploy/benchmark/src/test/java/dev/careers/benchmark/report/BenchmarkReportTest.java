package dev.careers.benchmark.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.careers.benchmark.metrics.Percentiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BenchmarkReportTest {

	@TempDir
	Path dir;

	@Test
	void jsonFileReadsBackAsTheSameReport() throws Exception {
		BenchmarkReport report = BenchmarkReport.of("2026-11-29T13:00:00Z", "2 cores", "benchmark --resumes 2",
				List.of(run(1, 10.0), run(2, 17.0)), new PipelineFigures(20.0, 0.04));
		Path file = dir.resolve("runs/report.json");

		report.writeJson(file);

		assertThat(BenchmarkReport.fromJson(Files.readString(file))).isEqualTo(report);
		// the readings are the runs, not a second copy of them
		assertThat(Files.readString(file)).doesNotContain("\"readings\"");
	}

	@Test
	void ratiosCompareTheLastRunWithTheFirstAndTheFirstWithThePipeline() {
		BenchmarkReport report = BenchmarkReport.of("now", "2 cores", "benchmark", List.of(run(1, 10.0), run(2, 17.0)),
				new PipelineFigures(20.0, 0.04));

		assertThat(report.scalingRatio()).isEqualTo(1.7);
		assertThat(report.endToEndOverPipeline()).isEqualTo(0.5);
	}

	@Test
	void platformCostIsTheFirstRunsWholeStackCpuPerDocumentMinusThePipelines() {
		BenchmarkReport report = BenchmarkReport.of("now", "2 cores", "benchmark", List.of(run(1, 10.0), run(2, 17.0)),
				new PipelineFigures(20.0, 0.04));

		// worker 0.15 + import-service 0.02 of the first run
		assertThat(report.platformCpuSecondsPerDocument()).isCloseTo(0.13, within(1e-9));
		assertThat(TextReport.render(report))
			.contains("platform's own CPU per document: 130.0 ms (whole stack 170.0 ms - worker pipeline alone 40.0 ms)");
	}

	@Test
	void readingsOfOneStackGiveTheMedianAgainstThePipelineAndNoScaling() {
		// whole stack 0.17, 0.23 and 0.19 CPU s per document at 10, 8 and 12 documents/s
		List<RunResult> readings = List.of(run(1, 10.0, 30.0), run(1, 8.0, 42.0), run(1, 12.0, 34.0));

		BenchmarkReport report = BenchmarkReport.of("now", "2 cores", "benchmark --readings 3", readings,
				new PipelineFigures(20.0, 0.04));

		assertThat(report.scalingRatio()).isNull();
		assertThat(report.platformCpuSecondsPerDocument()).isCloseTo(0.15, within(1e-9));
		assertThat(report.endToEndOverPipeline()).isEqualTo(0.5);
		assertThat(TextReport.render(report)).contains(
				"platform's own CPU per document: 150.0 ms (whole stack 190.0 ms - worker pipeline alone 40.0 ms)",
				"the median of 3 readings; each reading's platform CPU per document: 130.0, 190.0, 150.0 ms; "
						+ "end-to-end / pipeline: 50 %, 40 %, 60 %");
	}

	@Test
	void anEvenNumberOfReadingsTakesTheMeanOfTheMiddleTwo() {
		BenchmarkReport report = BenchmarkReport.of("now", "2 cores", "benchmark --readings 2",
				List.of(run(1, 10.0, 30.0), run(1, 8.0, 42.0)), new PipelineFigures(20.0, 0.04));

		assertThat(report.platformCpuSecondsPerDocument()).isCloseTo(0.16, within(1e-9));
		assertThat(report.endToEndOverPipeline()).isCloseTo(0.45, within(1e-9));
	}

	@Test
	void aPipelineRateGivenWithoutCpuGivesTheRatioButNoPlatformCost() {
		BenchmarkReport report = BenchmarkReport.of("now", "2 cores", "benchmark", List.of(run(1, 10.0)),
				new PipelineFigures(20.0, null));

		assertThat(report.endToEndOverPipeline()).isEqualTo(0.5);
		assertThat(report.platformCpuSecondsPerDocument()).isNull();
		assertThat(TextReport.render(report)).doesNotContain("platform's own CPU");
	}

	@Test
	void missingFiguresAreNullInTheJsonNotNaN() {
		BenchmarkReport report = BenchmarkReport.of("now", "2 cores", "benchmark --upload-gigabytes 1",
				List.of(run(1, null)), new PipelineFigures(20.0, 0.04));

		String json = report.toJson();

		assertThat(json).doesNotContain("NaN").contains("\"endToEndDocumentsPerSecond\" : null");
		assertThat(report.scalingRatio()).isNull();
		assertThat(report.endToEndOverPipeline()).isNull();
		assertThat(report.platformCpuSecondsPerDocument()).isNull();
	}

	@Test
	void uploadOnlyRunSaysItsTasksWereNotFollowed() {
		String text = TextReport.render(BenchmarkReport.of("now", "2 cores", "benchmark", List.of(run(1, null)), null));

		assertThat(text).contains("| - / - / - | not followed | not followed |");
	}

	@Test
	void textReportShowsEveryRunAndProcess() {
		String text = TextReport.render(BenchmarkReport.of("now", "2 cores", "benchmark", List.of(run(1, 10.0)), new PipelineFigures(20.0, 0.04)));

		assertThat(text).contains("| 200 resumes, 1 worker | 1 | 200 | 9 | 50.0 | 2.1 | 20.0 | 10.00 | 2.0 / 3.0 / 3.0 | 200 | 0 |",
				"| extraction-worker-1 | 30.0 | 0.150 | 3.0 | 400 | - |",
				"| import-service | 4.0 | 0.020 | 1.4 | 300 | 120 |", "end-to-end / pipeline = 50 %",
				"200 resumes, 1 worker: JIT compiling 22.0 ms per document, 13 % of the stack's CPU");
	}

	@Test
	void theTextNamesTheCauseOfEachFailedTask() {
		BenchmarkReport report = BenchmarkReport.of("now", "2 cores", "benchmark",
				List.of(run(1, 10.0, 30.0, Map.of("NO_TEXT_LAYER", 1))), null);

		assertThat(TextReport.render(report))
			.contains("200 resumes, 1 worker: upload outcomes {CREATED=200}; failed tasks by cause {NO_TEXT_LAYER=1}");
	}

	private static RunResult run(int workers, Double documentsPerSecond) {
		return run(workers, documentsPerSecond, 30.0);
	}

	/** A run whose worker spent {@code workerCpuSeconds} on the 200 documents, and import-service 4 s. */
	private static RunResult run(int workers, Double documentsPerSecond, double workerCpuSeconds) {
		return run(workers, documentsPerSecond, workerCpuSeconds, Map.of());
	}

	/** 200 tasks, of which {@code failures} FAILED with these codes and the rest COMPLETED. */
	static RunResult run(int workers, Double documentsPerSecond, double workerCpuSeconds,
			Map<String, Integer> failures) {
		Percentiles latency = documentsPerSecond == null ? Percentiles.of(List.of())
				: Percentiles.of(List.of(1000.0, 2000.0, 3000.0));
		boolean followed = documentsPerSecond != null;
		int failed = failures.values().stream().mapToInt(Integer::intValue).sum();
		return new RunResult("200 resumes, " + workers + " worker", workers, 200, 9_000_000, Map.of("CREATED", 200), 4.0,
				50.0, documentsPerSecond == null ? null : 200 / documentsPerSecond, documentsPerSecond, latency, followed, 200,
				followed ? 200 - failed : 0, failed, failures, followed ? failed : 200,
				List.of(new RunResult.ProcessFigures("extraction-worker-1", workerCpuSeconds, workerCpuSeconds / 200, 3.0,
						400L * 1024 * 1024),
						new RunResult.ProcessFigures("import-service", 4.0, 0.02, 1.4, 300L * 1024 * 1024)),
				Map.of("import-service", 120L * 1024 * 1024), List.of(30.5, 31.0));
	}

}

package dev.careers.benchmark.report;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunResultTest {

	@Test
	void aRunWhoseTasksAllCompletedPasses() {
		assertThat(BenchmarkReportTest.run(1, 10.0, 30.0, Map.of()).passed()).isTrue();
	}

	@Test
	void aFileFailedForACauseInItselfStillLetsTheRunPass() {
		RunResult run = BenchmarkReportTest.run(1, 10.0, 30.0, Map.of("NO_TEXT_LAYER", 1, "DAMAGED_FILE", 2));

		assertThat(run.notCompleted()).isEqualTo(3);
		assertThat(run.passed()).isTrue();
	}

	@Test
	void aFailureTheFileDidNotCauseFailsTheRun() {
		assertThat(BenchmarkReportTest.run(1, 10.0, 30.0, Map.of("TIMEOUT", 1)).passed()).isFalse();
		assertThat(BenchmarkReportTest.run(1, 10.0, 30.0, Map.of("CONTENT_UNAVAILABLE", 1)).passed()).isFalse();
		assertThat(BenchmarkReportTest.run(1, 10.0, 30.0, Map.of("no code", 1)).passed()).isFalse();
	}

	@Test
	void aTaskThatNeverFinishedFailsTheRun() {
		// tasks were not followed: none finished
		assertThat(BenchmarkReportTest.run(1, null, 30.0, Map.of()).passed()).isFalse();
	}

}

package dev.careers.benchmark.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything one invocation measured: the runs (one per worker count), the scaling ratio between the
 * first and the last, and the extraction pipeline's own single-process rate and CPU on the same files.
 *
 * Several runs with the first run's worker count are readings of one stack ({@code --readings}):
 * the ratios against the pipeline are then their medians, so that one slow moment of a shared
 * machine does not decide them.
 *
 * @param scalingRatio end-to-end documents/s of the last run over the first, when their worker counts differ;
 * otherwise null
 * @param pipelineDocumentsPerSecond the worker pipeline alone on the same files; null when not measured
 * @param endToEndOverPipeline the first readings' median end-to-end rate over the pipeline rate
 * @param pipelineCpuSecondsPerDocument the worker pipeline's process CPU per document; null when not measured
 * @param platformCpuSecondsPerDocument the first readings' median whole-stack CPU per document minus the
 * pipeline's: what the platform costs beyond the extraction it exists for
 */
public record BenchmarkReport(String date, String machine, String command, List<RunResult> runs, Double scalingRatio,
		Double pipelineDocumentsPerSecond, Double endToEndOverPipeline, Double pipelineCpuSecondsPerDocument,
		Double platformCpuSecondsPerDocument) {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	public BenchmarkReport {
		runs = List.copyOf(runs);
	}

	public static BenchmarkReport of(String date, String machine, String command, List<RunResult> runs,
			PipelineFigures pipeline) {
		Double scaling = null;
		RunResult first = runs.isEmpty() ? null : runs.get(0);
		RunResult last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
		if (first != null && last.workers() != first.workers() && rate(first) != null && rate(last) != null) {
			scaling = rate(last) / rate(first);
		}
		if (pipeline == null) {
			return new BenchmarkReport(date, machine, command, runs, scaling, null, null, null, null);
		}
		List<RunResult> readings = readingsOf(runs);
		boolean followed = !readings.isEmpty() && readings.stream().allMatch(run -> rate(run) != null);
		Double overPipeline = followed
				? median(readings.stream().map(run -> endToEndOverPipeline(run, pipeline.documentsPerSecond())).toList())
				: null;
		Double platform = followed && pipeline.cpuSecondsPerDocument() != null
				? median(readings.stream().map(run -> platformCpuSecondsPerDocument(run, pipeline.cpuSecondsPerDocument())).toList())
				: null;
		return new BenchmarkReport(date, machine, command, runs, scaling, pipeline.documentsPerSecond(), overPipeline,
				pipeline.cpuSecondsPerDocument(), platform);
	}

	/** The runs with the first run's worker count: the readings the ratios against the pipeline are medians of. */
	public List<RunResult> readings() {
		return readingsOf(runs);
	}

	private static List<RunResult> readingsOf(List<RunResult> runs) {
		return runs.isEmpty() ? List.of()
				: runs.stream().filter(run -> run.workers() == runs.get(0).workers()).toList();
	}

	/** One run's end-to-end documents/s over the pipeline's; the run's tasks must have been followed. */
	public static double endToEndOverPipeline(RunResult run, double pipelineDocumentsPerSecond) {
		return rate(run) / pipelineDocumentsPerSecond;
	}

	/** One run's whole-stack CPU per document minus the pipeline's. */
	public static double platformCpuSecondsPerDocument(RunResult run, double pipelineCpuSecondsPerDocument) {
		return wholeStackCpuSecondsPerDocument(run) - pipelineCpuSecondsPerDocument;
	}

	private static double wholeStackCpuSecondsPerDocument(RunResult run) {
		return run.processes().stream().mapToDouble(RunResult.ProcessFigures::cpuSecondsPerDocument).sum();
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	public String toJson() {
		return JSON.writeValueAsString(this);
	}

	public static BenchmarkReport fromJson(String json) {
		return JSON.readValue(json, BenchmarkReport.class);
	}

	public void writeJson(Path file) {
		try {
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.writeString(file, toJson());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + file, ex);
		}
	}

	private static Double rate(RunResult run) {
		return run.endToEndDocumentsPerSecond();
	}

}

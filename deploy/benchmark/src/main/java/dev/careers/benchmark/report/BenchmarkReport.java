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
 * @param scalingRatio end-to-end documents/s of the last run over the first; null with a single run
 * @param pipelineDocumentsPerSecond the worker pipeline alone on the same files; null when not measured
 * @param endToEndOverPipeline the first run's end-to-end rate over the pipeline rate
 * @param pipelineCpuSecondsPerDocument the worker pipeline's process CPU per document; null when not measured
 * @param platformCpuSecondsPerDocument the first run's whole-stack CPU per document minus the pipeline's: what the
 * platform costs beyond the extraction it exists for
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
		if (runs.size() > 1 && rate(runs.get(0)) != null && rate(runs.get(runs.size() - 1)) != null) {
			scaling = rate(runs.get(runs.size() - 1)) / rate(runs.get(0));
		}
		if (pipeline == null) {
			return new BenchmarkReport(date, machine, command, runs, scaling, null, null, null, null);
		}
		boolean followed = !runs.isEmpty() && rate(runs.get(0)) != null;
		Double overPipeline = followed ? rate(runs.get(0)) / pipeline.documentsPerSecond() : null;
		Double platform = followed && pipeline.cpuSecondsPerDocument() != null
				? wholeStackCpuSecondsPerDocument(runs.get(0)) - pipeline.cpuSecondsPerDocument() : null;
		return new BenchmarkReport(date, machine, command, runs, scaling, pipeline.documentsPerSecond(), overPipeline,
				pipeline.cpuSecondsPerDocument(), platform);
	}

	private static double wholeStackCpuSecondsPerDocument(RunResult run) {
		return run.processes().stream().mapToDouble(RunResult.ProcessFigures::cpuSecondsPerDocument).sum();
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

package dev.careers.benchmark.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The report as Markdown tables, ready to paste into docs/benchmarks.md. */
public final class TextReport {

	private static final double MB = 1024 * 1024;

	private TextReport() {
	}

	public static String render(BenchmarkReport report) {
		StringBuilder out = new StringBuilder();
		line(out, "%s, %s", report.date(), report.machine());
		line(out, "`%s`", report.command());
		line(out, "");
		line(out, "| run | workers | documents | MB | upload files/s | upload MB/s | end-to-end s | end-to-end documents/s "
				+ "| latency p50 / p95 / p99 s | completed | not completed | load average start / end |");
		line(out, "|---|---|---|---|---|---|---|---|---|---|---|---|");
		for (RunResult run : report.runs()) {
			line(out, "| %s | %d | %d | %.0f | %.1f | %.1f | %s | %s | %s / %s / %s | %s | %s | %.1f / %.1f |",
					run.label(), run.workers(), run.documents(), run.bytes() / MB, run.uploadFilesPerSecond(),
					run.bytes() / MB / run.uploadSeconds(),
					figure(run.endToEndSeconds(), 1), figure(run.endToEndDocumentsPerSecond(), 2),
					seconds(run.latencyMillis().p50()), seconds(run.latencyMillis().p95()),
					seconds(run.latencyMillis().p99()), followed(run, run.completed()), followed(run, run.notCompleted()),
					run.loadAverage().get(0),
					run.loadAverage().get(1));
		}
		for (RunResult run : report.runs()) {
			line(out, "");
			line(out, "%s: upload outcomes %s%s", run.label(), run.outcomes(),
					run.failures().isEmpty() ? "" : "; failed tasks by cause " + run.failures());
			line(out, "");
			line(out, "| process | CPU s | CPU s / document | of which JIT compiling s | peak RSS MB | peak heap MB |");
			line(out, "|---|---|---|---|---|---|");
			for (RunResult.ProcessFigures process : run.processes()) {
				Long heap = run.peakHeapBytes().get(process.name());
				line(out, "| %s | %.1f | %.3f | %.1f | %.0f | %s |", process.name(), process.cpuSeconds(),
						process.cpuSecondsPerDocument(), process.jitCpuSeconds(), process.peakRssBytes() / MB,
						heap == null ? "-" : String.format(Locale.ROOT, "%.0f", heap / MB));
			}
			for (Map.Entry<String, Long> heap : run.peakHeapBytes().entrySet()) {
				if (run.processes().stream().noneMatch(process -> process.name().equals(heap.getKey()))) {
					line(out, "| %s | - | - | - | - | %.0f |", heap.getKey(), heap.getValue() / MB);
				}
			}
			double cpu = run.processes().stream().mapToDouble(RunResult.ProcessFigures::cpuSeconds).sum();
			double jit = run.processes().stream().mapToDouble(RunResult.ProcessFigures::jitCpuSeconds).sum();
			line(out, "");
			// a large share means the stack was still compiling: warm it up longer before reading its cost
			line(out, "%s: JIT compiling %.1f ms per document, %.0f %% of the stack's CPU", run.label(),
					1000 * jit / run.documents(), cpu > 0 ? 100 * jit / cpu : 0);
		}
		line(out, "");
		if (report.scalingRatio() != null) {
			line(out, "scaling: end-to-end documents/s with %d workers / with %d = %.2f",
					report.runs().get(report.runs().size() - 1).workers(), report.runs().get(0).workers(),
					report.scalingRatio());
		}
		if (report.pipelineDocumentsPerSecond() != null) {
			line(out, "worker pipeline alone: %.1f documents/s; end-to-end / pipeline = %s",
					report.pipelineDocumentsPerSecond(), report.endToEndOverPipeline() == null ? "-"
							: String.format(Locale.ROOT, "%.0f %%", 100 * report.endToEndOverPipeline()));
		}
		if (report.platformCpuSecondsPerDocument() != null) {
			line(out, "platform's own CPU per document: %.1f ms (whole stack %.1f ms - worker pipeline alone %.1f ms)",
					1000 * report.platformCpuSecondsPerDocument(),
					1000 * (report.platformCpuSecondsPerDocument() + report.pipelineCpuSecondsPerDocument()),
					1000 * report.pipelineCpuSecondsPerDocument());
		}
		List<RunResult> readings = report.readings();
		if (readings.size() > 1 && report.platformCpuSecondsPerDocument() != null) {
			line(out, "the median of %d readings; each reading's platform CPU per document: %s ms; end-to-end / pipeline: %s",
					readings.size(),
					readings.stream()
						.map(run -> String.format(Locale.ROOT, "%.1f", 1000 * BenchmarkReport
							.platformCpuSecondsPerDocument(run, report.pipelineCpuSecondsPerDocument())))
						.collect(Collectors.joining(", ")),
					readings.stream()
						.map(run -> String.format(Locale.ROOT, "%.0f %%",
								100 * BenchmarkReport.endToEndOverPipeline(run, report.pipelineDocumentsPerSecond())))
						.collect(Collectors.joining(", ")));
		}
		return out.toString();
	}

	private static String followed(RunResult run, int count) {
		return run.tasksFollowed() ? Integer.toString(count) : "not followed";
	}

	private static String figure(Double value, int decimals) {
		return value == null ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

	private static String seconds(Double millis) {
		return millis == null ? "-" : String.format(Locale.ROOT, "%.1f", millis / 1000);
	}

	private static void line(StringBuilder out, String format, Object... args) {
		out.append(String.format(Locale.ROOT, format, args)).append('\n');
	}

}

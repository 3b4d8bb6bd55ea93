package dev.careers.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import dev.careers.benchmark.corpus.Corpus;
import dev.careers.benchmark.corpus.ResumeGenerator;
import dev.careers.benchmark.metrics.ProcessSampler;
import dev.careers.benchmark.metrics.QuietWait;
import dev.careers.benchmark.report.BenchmarkReport;
import dev.careers.benchmark.report.PipelineFigures;
import dev.careers.benchmark.report.RunResult;
import dev.careers.benchmark.report.TextReport;
import dev.careers.benchmark.stack.LaunchedStack;
import dev.careers.benchmark.stack.RunningStack;
import dev.careers.benchmark.stack.Stack;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "benchmark", mixinStandardHelpOptions = true, sortOptions = false,
		description = "Imports generated (or given) resume PDFs through the gateway as the UI does, follows every "
				+ "task to its end and prints throughput, latency, CPU, RSS and heap per process.")
public final class BenchmarkCommand implements Callable<Integer> {

	private static final long GIGABYTE = 1024L * 1024 * 1024;

	private static final long WARM_UP_SEED_OFFSET = 1_000_003;

	/** An idle stack uses about 0.16 cores (docs/benchmarks.md): the measured run starts at most a little above that. */
	private static final double QUIET_CORES = 0.25;

	private static final Duration QUIET_WINDOW = Duration.ofSeconds(2);

	private static final Duration QUIET_TIMEOUT = Duration.ofSeconds(90);

	@Option(names = "--resumes", paramLabel = "N", defaultValue = "200", description = "Resumes to generate; default: ${DEFAULT-VALUE}.")
	int resumes;

	@Option(names = "--seed", defaultValue = "1", description = "Same seed, same PDFs; default: ${DEFAULT-VALUE}.")
	long seed;

	@Option(names = "--folder", paramLabel = "DIR", description = "Import the PDFs under DIR instead of generating.")
	Path folder;

	@Option(names = "--write-corpus", paramLabel = "DIR", description = "Where the generated PDFs go (kept); default: a folder under --data.")
	Path writeCorpus;

	@Option(names = "--warm-up", paramLabel = "N", defaultValue = "0", description = "Import N other generated resumes on each fresh stack first, unmeasured, so that the measured run sees JIT-compiled services (as many as the run measures is a fair match for the pipeline benchmark's warm-up); with --folder, then as many copies of the folder's files as the pipeline benchmark reads, under a second tenant; default: ${DEFAULT-VALUE}.")
	int warmUp;

	@Option(names = "--workers", paramLabel = "N", defaultValue = "1", description = "Extraction workers; default: ${DEFAULT-VALUE}.")
	int workers;

	@Option(names = "--readings", paramLabel = "N", defaultValue = "1", description = "Measure the corpus N times on the same warm stack, each time as new files (distinct copies after the first), and take the median of the readings against the pipeline: one slow moment of a shared machine then decides nothing; default: ${DEFAULT-VALUE}.")
	int readings;

	@Option(names = "--scaling", paramLabel = "N,M", split = ",", description = "Run the same corpus once per worker count, each on a fresh stack, and print the throughput ratio.")
	List<Integer> scaling;

	@Option(names = "--pipeline", description = "Also run extraction-worker's PipelineBenchmark on the same files (through ./mvnw, before the stack starts).")
	boolean pipeline;

	@Option(names = "--pipeline-rate", paramLabel = "DOCS_PER_S", description = "The worker pipeline's single-process rate, measured before, for the ratio.")
	Double pipelineRate;

	@Option(names = "--upload-gigabytes", paramLabel = "GB", description = "Stream this many GB of 2-5 MB PDFs into one import and report peak heaps (tasks are not followed).")
	Double uploadGigabytes;

	@Option(names = "--batch", defaultValue = "20", description = "Files per upload request, as the UI; default: ${DEFAULT-VALUE}.")
	int batch;

	@Option(names = "--parallel", defaultValue = "3", description = "Upload requests in flight, as the UI; default: ${DEFAULT-VALUE}.")
	int parallel;

	@Option(names = "--timeout", paramLabel = "MINUTES", defaultValue = "60", description = "Per run, upload and tasks; default: ${DEFAULT-VALUE}.")
	long timeoutMinutes;

	@Option(names = "--gateway", paramLabel = "URL", description = "A running stack's gateway, instead of starting one.")
	String gatewayUrl;

	@Option(names = "--api-key", defaultValue = "dev-key", description = "With --gateway; default: ${DEFAULT-VALUE}.")
	String apiKey;

	@Option(names = "--import-service", paramLabel = "URL", defaultValue = "http://localhost:8081", description = "With --gateway, for its heap; default: ${DEFAULT-VALUE}.")
	String importServiceUrl;

	@Option(names = "--home", paramLabel = "DIR", defaultValue = ".", description = "Project root with the built service jars; default: the current directory.")
	Path home;

	@Option(names = "--data", paramLabel = "DIR", defaultValue = "deploy/benchmark/target/data", description = "Stacks' data and the generated corpus; default: ${DEFAULT-VALUE}.")
	Path data;

	@Option(names = "--service-heap", defaultValue = "512m", description = "-Xmx of each service; default: ${DEFAULT-VALUE}.")
	String serviceHeap;

	@Option(names = "--service-jvm-option", paramLabel = "OPTION", description = "One more option for every service JVM (repeat it), after the service's own, e.g. -XX:StartFlightRecording=filename=DIR/,settings=profile to profile each service, or -XX:TieredStopAtLevel=4 for every compiler tier everywhere.")
	List<String> serviceJvmOptions = new ArrayList<>();

	@Option(names = "--startup-timeout", paramLabel = "MINUTES", defaultValue = "15", description = "For the stack to report UP; default: ${DEFAULT-VALUE}.")
	long startupTimeoutMinutes;

	@Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON.")
	Path json;

	private final String commandLine;

	BenchmarkCommand(String commandLine) {
		this.commandLine = commandLine;
	}

	public static void main(String[] args) {
		String commandLine = "benchmark " + String.join(" ", args);
		System.exit(new CommandLine(new BenchmarkCommand(commandLine)).execute(args));
	}

	@Override
	public Integer call() throws Exception {
		validate();
		Corpus corpus = corpus();
		System.out.printf(Locale.ROOT, "corpus: %d PDFs, %.1f MB in %s%n", corpus.files().size(),
				corpus.bytes() / 1024.0 / 1024, corpus.directory());
		PipelineFigures pipelineFigures = pipelineRate == null ? null : new PipelineFigures(pipelineRate, null);
		if (pipeline) {
			pipelineFigures = PipelineBenchmarkRunner.measure(home, corpus.directory(),
					PipelineBenchmarkRunner.rounds(corpus.files().size()));
		}
		// another seed: files the measured corpus does not hold, so none of it is SKIPPED as a duplicate
		Corpus warmUpCorpus = warmUp > 0 ? generated("corpus-warm-up-" + warmUp, warmUp, seed + WARM_UP_SEED_OFFSET) : null;
		List<RunResult> runs = new ArrayList<>();
		List<Integer> workerCounts = scaling == null || scaling.isEmpty() ? List.of(workers) : scaling;
		for (int count : workerCounts) {
			String label = (uploadGigabytes != null ? "upload " + uploadGigabytes + " GB" : corpus.files().size() + " resumes")
					+ ", " + count + " worker" + (count == 1 ? "" : "s");
			System.out.println(label + ": starting");
			try (Stack stack = stack(count)) {
				BenchmarkRun.Settings settings = new BenchmarkRun.Settings(batch, parallel,
						Duration.ofMinutes(timeoutMinutes), uploadGigabytes == null);
				if (warmUpCorpus != null) {
					RunResult warm = new BenchmarkRun(stack, settings).run("warm-up", warmUpCorpus);
					System.out.printf(Locale.ROOT, "  warm-up: %d tasks, %d not completed%n", warm.tasks(), warm.notCompleted());
					if (folder != null) {
						warmUpOnTheMeasuredFiles(stack, settings, corpus);
					}
				}
				for (int reading = 1; reading <= readings; reading++) {
					double cores = new QuietWait(new ProcessSampler(stack.processes()), QUIET_WINDOW).await(QUIET_CORES,
							QUIET_TIMEOUT);
					System.out.printf(Locale.ROOT, "  before the measured run: %.2f cores busy over %d s%n", cores,
							QUIET_WINDOW.toSeconds());
					// copies after the first reading: the same files again would be duplicates, SKIPPED unread
					Corpus measured = reading == 1 ? corpus : corpus.copy(data.resolve("corpus-readings"), reading - 1);
					String readingLabel = readings == 1 ? label : label + ", reading " + reading + " of " + readings;
					runs.add(new BenchmarkRun(stack, settings).run(readingLabel, measured));
				}
			}
		}
		BenchmarkReport report = BenchmarkReport.of(DateTimeFormatter.ISO_INSTANT.format(Instant.now()),
				machine(), commandLine, runs, pipelineFigures);
		System.out.println();
		System.out.print(TextReport.render(report));
		if (json != null) {
			report.writeJson(json);
			System.out.println("JSON: " + json.toAbsolutePath());
		}
		return runs.stream().allMatch(run -> uploadGigabytes != null || run.passed()) ? 0 : 1;
	}

	/**
	 * Given files take code paths generated ones never do (embedded fonts, CID maps, scanned pages), which the
	 * JIT would otherwise compile during the measured run: as many readings of them as the pipeline benchmark
	 * warms up on, copies made distinct (no duplicate is skipped), under a second tenant so that the measured
	 * tenant's history holds the measured run only.
	 */
	private void warmUpOnTheMeasuredFiles(Stack stack, BenchmarkRun.Settings settings, Corpus corpus)
			throws InterruptedException {
		Optional<String> secondTenant = stack.secondTenantApiKey();
		if (secondTenant.isEmpty()) {
			System.out.println("  warm-up on the measured files: skipped, the running stack has one known tenant");
			return;
		}
		int rounds = PipelineBenchmarkRunner.rounds(corpus.files().size());
		Corpus copies = corpus.copies(data.resolve("corpus-warm-up-copies"), rounds);
		RunResult warm = new BenchmarkRun(stack, settings, secondTenant.get()).run("warm-up on the measured files",
				copies);
		System.out.printf(Locale.ROOT,
				"  warm-up on the measured files (second tenant, %d copies of each): %d tasks, %d not completed%n",
				rounds, warm.tasks(), warm.notCompleted());
	}

	private void validate() {
		if (gatewayUrl != null && scaling != null) {
			throw new CommandLine.ParameterException(new CommandLine(this),
					"--scaling starts a stack per worker count: it does not go with --gateway");
		}
		if (readings < 1 || (readings > 1 && (scaling != null || uploadGigabytes != null))) {
			throw new CommandLine.ParameterException(new CommandLine(this),
					"--readings is at least 1, and more than one goes with neither --scaling nor --upload-gigabytes");
		}
		if (warmUp < 0 || (warmUp > 0 && uploadGigabytes != null)) {
			throw new CommandLine.ParameterException(new CommandLine(this),
					"--warm-up is a count of resumes, and goes with the resumes run only");
		}
		if (resumes < 1 || batch < 1 || parallel < 1 || timeoutMinutes < 1 || startupTimeoutMinutes < 1) {
			throw new CommandLine.ParameterException(new CommandLine(this),
					"--resumes, --batch, --parallel, --timeout and --startup-timeout must be at least 1");
		}
	}

	private Corpus corpus() throws Exception {
		if (folder != null) {
			return Corpus.folder(folder);
		}
		if (uploadGigabytes != null) {
			Path directory = writeCorpus != null ? writeCorpus
					: data.resolve("corpus-large-" + uploadGigabytes + "g-seed-" + seed + "-v" + ResumeGenerator.VERSION);
			if (hasFiles(directory)) {
				return Corpus.folder(directory);
			}
			System.out.println("generating the corpus in " + directory);
			return Corpus.largeResumes(directory, (long) (uploadGigabytes * GIGABYTE), seed);
		}
		return generated("corpus-" + resumes, resumes, seed);
	}

	/** {@code count} generated resumes; the same seed gives the same files, so a complete folder is reused. */
	private Corpus generated(String name, int count, long corpusSeed) throws Exception {
		Path directory = writeCorpus != null && corpusSeed == seed ? writeCorpus
				: data.resolve(name + "-seed-" + corpusSeed + "-v" + ResumeGenerator.VERSION);
		if (hasFiles(directory)) {
			Corpus written = Corpus.folder(directory);
			if (written.files().size() == count) {
				return written;
			}
		}
		System.out.println("generating the corpus in " + directory);
		return Corpus.resumes(directory, count, corpusSeed);
	}

	private static boolean hasFiles(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return false;
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.findAny().isPresent();
		}
	}

	private Stack stack(int workerCount) {
		if (gatewayUrl != null) {
			return new RunningStack(gatewayUrl, apiKey, importServiceUrl);
		}
		Path dataDir = data.resolve("stack-" + workerCount + "w-" + System.currentTimeMillis());
		return LaunchedStack.start(home, dataDir, workerCount, serviceHeap, serviceJvmOptions,
				Duration.ofMinutes(startupTimeoutMinutes));
	}

	private static String machine() {
		return String.format(Locale.ROOT, "%d cores, %.0f GB, %s %s, Java %s", Runtime.getRuntime().availableProcessors(),
				totalMemoryGigabytes(), System.getProperty("os.name"), System.getProperty("os.arch"),
				System.getProperty("java.version"));
	}

	private static double totalMemoryGigabytes() {
		try {
			String line = Files.readAllLines(Path.of("/proc/meminfo")).get(0);
			return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024;
		}
		catch (Exception ex) {
			return 0;
		}
	}

}

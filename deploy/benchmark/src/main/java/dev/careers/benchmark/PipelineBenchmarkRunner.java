package dev.careers.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.careers.benchmark.report.PipelineFigures;

/**
 * The extraction engineer's {@code PipelineBenchmark} (extraction-worker's tests) on the same folder,
 * in its own JVM through Maven, as its Javadoc runs it: the worker's jar is a Spring Boot fat jar,
 * so its classes are not a dependency this tool can take.
 */
final class PipelineBenchmarkRunner {

	private static final Pattern PIPELINE_RATE = Pattern.compile("worker pipeline\\s+([0-9.]+) documents/s");

	private static final Pattern PIPELINE_CPU = Pattern.compile("worker pipeline CPU\\s+([0-9.]+) ms/document");

	private static final Duration TIMEOUT = Duration.ofMinutes(30);

	/** Documents read before the best round can count: a small folder is read again until the JIT is done. */
	private static final int WARM_DOCUMENTS = 2000;

	private static final int LEAST_ROUNDS = 3;

	private PipelineBenchmarkRunner() {
	}

	/** The worker pipeline alone: documents/s and CPU per document of the best of {@code rounds}. */
	static PipelineFigures measure(Path home, Path corpus, int rounds) throws InterruptedException {
		// -am: the events module from source, never a stale jar of the local repository
		List<String> command = List.of(home.resolve("mvnw").toString(), "-q", "-pl", "extraction-worker", "-am",
				"test-compile", "org.codehaus.mojo:exec-maven-plugin:3.5.0:java",
				"-Dexec.args=" + corpus.toAbsolutePath() + " " + rounds);
		System.out.println("  " + String.join(" ", command));
		try {
			Path output = Files.createTempFile("pipeline-benchmark", ".log");
			Process process = new ProcessBuilder(command).directory(home.toFile())
				.redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("The pipeline benchmark did not finish within " + TIMEOUT);
			}
			String printed = Files.readString(output);
			Files.delete(output);
			System.out.print(printed.lines().map(line -> "  | " + line + "\n").reduce("", String::concat));
			return parse(printed).orElseThrow(() -> new IllegalStateException(
					"The pipeline benchmark printed no rate (exit " + process.exitValue() + ")"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not run the pipeline benchmark", ex);
		}
	}

	/** Rounds for a folder of {@code files}: 3, or as many as read {@value #WARM_DOCUMENTS} documents. */
	static int rounds(int files) {
		return Math.max(LEAST_ROUNDS, (WARM_DOCUMENTS + files - 1) / Math.max(1, files));
	}

	static Optional<PipelineFigures> parse(String printed) {
		Matcher rate = PIPELINE_RATE.matcher(printed);
		if (!rate.find()) {
			return Optional.empty();
		}
		Matcher cpu = PIPELINE_CPU.matcher(printed);
		Double cpuSeconds = cpu.find() ? Double.parseDouble(cpu.group(1)) / 1000 : null;
		return Optional.of(new PipelineFigures(Double.parseDouble(rate.group(1)), cpuSeconds));
	}

}

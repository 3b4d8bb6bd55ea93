package dev.careers.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.careers.testsupport.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The command-line client (tools/import-cli, run from its jar as a user runs it) against the whole
 * system: a folder of generated resumes, the client killed (kill -9) once part of them is
 * acknowledged, then run again on the same folder. Every file must be imported exactly once, the
 * second run must send none of the acknowledged files again, and the outcome counts it prints must
 * be Import History's. {@code -Dcareers.cli.files=2000 -Dcareers.cli.batch-size=20
 * -Dcareers.cli.parallel=4} runs the large version by hand (docs/benchmarks.md).
 */
class CommandLineImportIT {

	private static final int FILES = Integer.getInteger("careers.cli.files", 60);

	/** Small batches for the small folder, so the kill lands between many acknowledged batches. */
	private static final String BATCH_SIZE = System.getProperty("careers.cli.batch-size", "5");

	private static final String PARALLEL = System.getProperty("careers.cli.parallel", "2");

	private static final Pattern ACKNOWLEDGED = Pattern.compile("Acknowledged (\\d+)/(\\d+) files");

	private static final Pattern RESUMED = Pattern.compile("(\\d+) files, (\\d+) already imported by an earlier run");

	private static final Pattern SUMMARY = Pattern
		.compile("Import (\\S+) COMPLETED: created (\\d+), updated (\\d+), skipped (\\d+), errors (\\d+)");

	@RegisterExtension
	static final LocalStack stack = SharedSystem.stack();

	@TempDir
	Path folder;

	@Test
	void aKilledImportResumesAndImportsEveryFileExactlyOnce() throws Exception {
		writeResumes(FILES);

		long firstStart = System.nanoTime();
		Process first = cli().start();
		int acknowledgedWhenKilled = readUntilAcknowledged(first, FILES / 2);
		first.destroyForcibly();
		assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
		Duration firstRun = Duration.ofNanos(System.nanoTime() - firstStart);
		assertThat(acknowledgedWhenKilled).isLessThan(FILES);

		long secondStart = System.nanoTime();
		Process second = cli().start();
		List<String> output = readAll(second);
		assertThat(second.waitFor(10, TimeUnit.MINUTES)).isTrue();
		Duration secondRun = Duration.ofNanos(System.nanoTime() - secondStart);
		assertThat(second.exitValue()).as(String.join("\n", output)).isZero();

		Matcher resumed = find(RESUMED, output);
		assertThat(Integer.parseInt(resumed.group(1))).isEqualTo(FILES);
		// what the first run had acknowledged is not sent again
		assertThat(Integer.parseInt(resumed.group(2))).isGreaterThanOrEqualTo(acknowledgedWhenKilled);
		Matcher summary = find(SUMMARY, output);
		String importId = summary.group(1);
		// one import, continued: every file created once in it; a file in flight at the kill may
		// have been stored then and sent again, and the server skips that duplicate content
		assertThat(Integer.parseInt(summary.group(2))).isEqualTo(FILES);
		assertThat(Integer.parseInt(summary.group(3))).isZero();
		assertThat(Integer.parseInt(summary.group(5))).isZero();

		Gateway gateway = stack.gateway().withApiKey(SharedSystem.CLI_KEY);
		Gateway.Response applicants = gateway.get("/api/applicants?size=500");
		assertThat(applicants.<Integer>read("$.total")).isEqualTo(FILES);
		if (FILES <= 500) {
			assertThat(new HashSet<>(applicants.<List<String>>read("$.items[*].sourceFileName")))
				.isEqualTo(fileNames());
		}
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			Gateway.Response imports = gateway.get("/api/history/imports?type=APPLICANTS");
			List<Map<String, Object>> row = imports.read("$.items[?(@.id == '" + importId + "')]");
			assertThat(row).as(imports.toString()).singleElement().satisfies(history -> {
				assertThat(history).containsEntry("status", "COMPLETED");
				assertThat(history).containsEntry("created", Integer.parseInt(summary.group(2)));
				assertThat(history).containsEntry("updated", Integer.parseInt(summary.group(3)));
				assertThat(history).containsEntry("skipped", Integer.parseInt(summary.group(4)));
				assertThat(history).containsEntry("errors", Integer.parseInt(summary.group(5)));
			});
			assertThat(imports.<Integer>read("$.total")).isEqualTo(1);
		});
		System.out.printf("careers-import on %d files: first run killed after %d acknowledged in %d ms, second run "
				+ "sent %d in %d ms; summary %s%n", FILES, acknowledgedWhenKilled, firstRun.toMillis(),
				FILES - Integer.parseInt(resumed.group(2)), secondRun.toMillis(), summary.group());
	}

	private ProcessBuilder cli() {
		Path jar = Path.of(System.getProperty("careers.home", "..")).resolve("tools/import-cli/target/careers-import.jar");
		assertThat(jar).as("built by the tools/import-cli module").isRegularFile();
		return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m", "-jar",
				jar.toString(), "--url", stack.system().gatewayUrl(), "--api-key", SharedSystem.CLI_KEY, "--batch-size", BATCH_SIZE,
				"--parallel", PARALLEL, "--progress", "lines", folder.toString())
			.redirectErrorStream(true);
	}

	private void writeResumes(int count) throws IOException {
		for (String name : fileNames()) {
			int index = Integer.parseInt(name.substring("resume-".length(), name.length() - ".pdf".length()));
			Files.write(folder.resolve(name), TestPdfs.resume("Applicant " + index, "applicant" + index + "@example.com",
					List.of("Java", "SQL", index % 2 == 0 ? "Kubernetes" : "Python")));
		}
		assertThat(fileNames()).hasSize(count);
	}

	private static Set<String> fileNames() {
		Set<String> names = new HashSet<>();
		for (int index = 1; index <= FILES; index++) {
			names.add(String.format("resume-%04d.pdf", index));
		}
		return names;
	}

	/** Reads the client's lines until it reports at least {@code files} acknowledged; answers the count. */
	private static int readUntilAcknowledged(Process process, int files) throws IOException {
		BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		List<String> seen = new ArrayList<>();
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			seen.add(line);
			Matcher acknowledged = ACKNOWLEDGED.matcher(line);
			if (acknowledged.find() && Integer.parseInt(acknowledged.group(1)) >= files) {
				return Integer.parseInt(acknowledged.group(1));
			}
		}
		throw new AssertionError("the client ended before " + files + " files were acknowledged:\n" + String.join("\n", seen));
	}

	private static List<String> readAll(Process process) throws IOException {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			return lines.lines().toList();
		}
	}

	private static Matcher find(Pattern pattern, List<String> output) {
		return output.stream()
			.map(pattern::matcher)
			.filter(Matcher::find)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no line matching " + pattern + " in:\n" + String.join("\n", output)));
	}

}

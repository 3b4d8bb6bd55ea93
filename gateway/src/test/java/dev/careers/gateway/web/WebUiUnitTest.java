package dev.careers.gateway.web;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web UI's own unit tests ({@code src/test/js}: formatting, the latest-answer loader, the upload
 * queue, the extraction and skills components) on node's built-in test runner, no npm package. Where no
 * {@code node} is on the PATH they are skipped, so {@code ./mvnw verify} still runs on a machine with
 * only a JDK; under CI ({@code CI=true}, where {@code .ci/run} installs Debian's {@code nodejs}) a
 * missing node fails instead, so CI can never skip them silently.
 */
class WebUiUnitTest {

	private static final Path TESTS = Path.of("src", "test", "js");

	@Test
	void theUiModulesPassTheirUnitTests() throws IOException, InterruptedException {
		Optional<Path> node = nodeOnPath();
		if (node.isEmpty() && "true".equals(System.getenv("CI"))) {
			fail("node is not installed: CI must run the web UI's unit tests (apt-get install nodejs)");
		}
		assumeTrue(node.isPresent(), "node is not installed: the web UI's unit tests are skipped");

		ProcessBuilder runner = new ProcessBuilder(node.get().toString(), "--test", "--test-reporter=spec",
				TESTS + File.separator).redirectErrorStream(true);
		// the formatters follow the browser's locale and time zone: the tests fix both
		runner.environment().put("LC_ALL", "en_US.UTF-8");
		runner.environment().put("TZ", "UTC");
		Process run = runner.start();
		String report = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(run.waitFor(2, TimeUnit.MINUTES)).as("node --test finished").isTrue();

		System.out.print(report);
		assertThat(run.exitValue()).as(report).isZero();
		assertThat(report).as("node ran tests").containsPattern("(?m)^ℹ pass [1-9]");
	}

	private static Optional<Path> nodeOnPath() {
		return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.map(directory -> Path.of(directory, "node"))
			.filter(Files::isExecutable)
			.findFirst();
	}

}

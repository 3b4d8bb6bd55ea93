package dev.careers.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceJvmOptionsTest {

	@Test
	void theWorkerKeepsEveryCompilerTierAndTheOtherServicesRunC1Only() {
		assertThat(Service.EXTRACTION_WORKER.jvmOptions(List.of())).isEmpty();
		for (Service service : List.of(Service.IMPORT_SERVICE, Service.HISTORY_SERVICE, Service.GATEWAY)) {
			assertThat(service.jvmOptions(List.of())).as(service.module()).containsExactly("-XX:TieredStopAtLevel=1");
		}
	}

	@Test
	void anOptionGivenToTheLauncherComesAfterTheServicesOwnAndWinsInTheJvm() throws Exception {
		List<String> options = Service.GATEWAY.jvmOptions(List.of("-XX:TieredStopAtLevel=4"));

		assertThat(options).containsExactly("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4");
		assertThat(finalFlag(options, "TieredStopAtLevel")).isEqualTo("4");
		assertThat(finalFlag(Service.GATEWAY.jvmOptions(List.of()), "TieredStopAtLevel")).isEqualTo("1");
	}

	/** The value a real JVM of this JDK settles on for {@code flag} with these options. */
	private static String finalFlag(List<String> options, String flag) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(options);
		command.add("-XX:+PrintFlagsFinal");
		command.add("-version");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return output.lines()
			.map(String::trim)
			.filter(line -> line.matches("\\S+\\s+" + flag + "\\s+=.*"))
			.map(line -> line.replaceAll(".*=\\s*(\\S+).*", "$1"))
			.findFirst()
			.orElseThrow(() -> new AssertionError(flag + " not in the JVM's final flags:\n" + output));
	}

}

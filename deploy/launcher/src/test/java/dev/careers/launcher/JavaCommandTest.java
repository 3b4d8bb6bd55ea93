package dev.careers.launcher;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JavaCommandTest {

	private final JavaCommand java = new JavaCommand("/jdk/bin/java", "-javaagent:/data/launcher-watchdog.jar=4242");

	@Test
	void serviceRunsFromItsJarWithItsHeapTheWatchdogAndExtraOptions() {
		assertThat(java.jar(Path.of("/jars/gateway.jar"), "384m", List.of("-XX:TieredStopAtLevel=1")))
			.startsWith("/jdk/bin/java", "-Xmx384m")
			.contains("-javaagent:/data/launcher-watchdog.jar=4242", "-XX:TieredStopAtLevel=1")
			.endsWith("-jar", "/jars/gateway.jar");
	}

	@Test
	void mainClassComesAfterTheClassPathAndBeforeItsArguments() {
		assertThat(java.mainClass("/lib/a.jar:/lib/b.jar", "512m", List.of("-Dlogback.configurationFile=x.xml"),
				"kafka.Kafka", List.of("/data/kafka/server.properties")))
			.contains("-Xmx512m", "-Dlogback.configurationFile=x.xml")
			.endsWith("-cp", "/lib/a.jar:/lib/b.jar", "kafka.Kafka", "/data/kafka/server.properties");
	}

}

package dev.careers.launcher;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;

class WatchdogAgentTest {

	@TempDir
	Path dir;

	private Process launcherStandIn;

	private Process child;

	@AfterEach
	void cleanUp() {
		if (child != null) {
			child.destroyForcibly();
		}
		if (launcherStandIn != null) {
			launcherStandIn.destroyForcibly();
		}
	}

	@Test
	void childExitsWhenItsLauncherIsKilled() throws Exception {
		launcherStandIn = new ProcessBuilder("sleep", "600").start();
		child = startIdleChild(launcherStandIn.pid());
		awaitRunning();

		launcherStandIn.destroyForcibly();

		await().atMost(Duration.ofSeconds(20)).until(() -> !child.isAlive());
	}

	@Test
	void childIgnoresCtrlCThatTheTerminalSendsToTheWholeGroup() throws Exception {
		launcherStandIn = new ProcessBuilder("sleep", "600").start();
		child = startIdleChild(launcherStandIn.pid());
		awaitRunning();

		new ProcessBuilder("kill", "-INT", String.valueOf(child.pid())).start().waitFor();

		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(child::isAlive);
	}

	private void awaitRunning() {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> Files.exists(childLog()) && Files.readString(childLog()).contains(IdleProcess.RUNNING));
	}

	private Path childLog() {
		return dir.resolve("child.log");
	}

	private Process startIdleChild(long launcherPid) throws IOException, URISyntaxException {
		WatchdogAgent agent = WatchdogAgent.install(dir);
		String testClasses = Path.of(IdleProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI())
			.toString();
		JavaCommand java = new JavaCommand(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				agent.jvmOption(launcherPid));
		return new ProcessBuilder(java.mainClass(testClasses, "64m", List.of(), IdleProcess.class.getName(), List.of()))
			.redirectErrorStream(true)
			.redirectOutput(childLog().toFile())
			.start();
	}

}

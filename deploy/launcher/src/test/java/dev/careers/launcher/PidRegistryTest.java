package dev.careers.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class PidRegistryTest {

	@TempDir
	Path dataDir;

	private Process leftover;

	@AfterEach
	void cleanUp() {
		if (leftover != null) {
			leftover.destroyForcibly();
		}
	}

	@Test
	void processesLeftByAKilledLauncherAreStoppedByTheNextOne() throws IOException {
		leftover = new ProcessBuilder("sleep", "600").start();
		try (PidRegistry killedLauncher = PidRegistry.open(dataDir)) {
			killedLauncher.register("kafka", leftover.toHandle());
			// a killed launcher never closes its registry: keep its record as it would be left
			Files.copy(dataDir.resolve("launcher.pids"), dataDir.resolve("kept.pids"));
		}
		Files.move(dataDir.resolve("kept.pids"), dataDir.resolve("launcher.pids"));

		try (PidRegistry nextLauncher = PidRegistry.open(dataDir)) {
			await().atMost(Duration.ofSeconds(10)).until(() -> !leftover.isAlive());
		}
	}

	@Test
	void aRecycledPidOfAnotherProcessIsLeftAlone() throws IOException {
		leftover = new ProcessBuilder("sleep", "600").start();
		Files.write(dataDir.resolve("launcher.pids"), List.of(leftover.pid() + " 12345 kafka"));

		try (PidRegistry registry = PidRegistry.open(dataDir)) {
			assertThat(leftover.isAlive()).isTrue();
		}
	}

	@Test
	void secondLauncherOnTheSameDataDirectoryIsRefused() {
		try (PidRegistry first = PidRegistry.open(dataDir)) {
			assertThatThrownBy(() -> PidRegistry.open(dataDir)).isInstanceOf(LaunchException.class)
				.hasMessageContaining("Another launcher is running on " + dataDir);
		}
	}

	@Test
	void closingReleasesTheDirectoryForTheNextLauncher() {
		PidRegistry.open(dataDir).close();

		try (PidRegistry next = PidRegistry.open(dataDir)) {
			assertThat(dataDir.resolve("launcher.lock")).exists();
		}
	}

}

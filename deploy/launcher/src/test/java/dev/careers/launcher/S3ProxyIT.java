package dev.careers.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --documents s3}: S3Proxy from the jar the build puts beside the launcher's, as a real child
 * process that answers S3 requests (an unsigned one for a missing bucket with an S3 error) and is gone
 * after a stop.
 */
class S3ProxyIT {

	@TempDir
	Path dataDir;

	private PidRegistry pids;

	@BeforeEach
	void openRegistry() throws Exception {
		pids = PidRegistry.open(dataDir);
		Files.createDirectories(dataDir.resolve("logs"));
	}

	@AfterEach
	void closeRegistry() {
		pids.close();
	}

	@Test
	void s3ProxyAnswersS3OnItsPortAndLeavesNoProcess() throws Exception {
		int port = Ports.free().gateway();
		S3Proxy proxy = new S3Proxy(S3Proxy.jarIn(Path.of("../..")), dataDir.resolve("s3proxy"), port,
				JavaCommand.of(WatchdogAgent.install(dataDir)), pids, dataDir.resolve("logs/s3proxy.log"));
		try {
			proxy.start(Duration.ofMinutes(1));
			HttpResponse<String> listing = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(proxy.endpoint() + "/" + S3Proxy.BUCKET)).build(),
						HttpResponse.BodyHandlers.ofString());

			assertThat(listing.statusCode()).isIn(403, 404);
			assertThat(listing.body()).contains("<Error>", "<Code>");
			assertThat(dataDir.resolve("s3proxy/s3proxy.properties")).content()
				.contains("jclouds.provider=filesystem", "s3proxy.identity=" + S3Proxy.ACCESS_KEY);
			long pid = proxy.info().pid();

			proxy.stop();
			assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		}
		finally {
			proxy.stop();
		}
	}

}

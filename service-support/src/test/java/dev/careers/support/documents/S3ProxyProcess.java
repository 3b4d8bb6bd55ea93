package dev.careers.support.documents;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * S3Proxy on its filesystem backend, run as a child process on its own jar (copied to
 * {@code target/s3proxy} by the build), the way the launcher runs Kafka: a real S3-compatible server
 * without Docker.
 */
final class S3ProxyProcess implements AutoCloseable {

	static final String ACCESS_KEY = "careers-test";

	static final String SECRET_KEY = "careers-test-secret";

	private static final Path JAR = Path.of("target", "s3proxy", "s3proxy.jar");

	private final Process process;

	private final URI endpoint;

	private S3ProxyProcess(Process process, URI endpoint) {
		this.process = process;
		this.endpoint = endpoint;
	}

	static S3ProxyProcess start(Path directory) throws IOException, InterruptedException {
		int port = freePort();
		Path data = Files.createDirectories(directory.resolve("data"));
		Path properties = directory.resolve("s3proxy.properties");
		Files.write(properties, List.of("s3proxy.endpoint=http://127.0.0.1:" + port,
				"s3proxy.authorization=aws-v2-or-v4", "s3proxy.identity=" + ACCESS_KEY,
				"s3proxy.credential=" + SECRET_KEY, "jclouds.provider=filesystem",
				"jclouds.filesystem.basedir=" + data.toAbsolutePath()));
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), "-Xmx128m", "-jar", JAR.toAbsolutePath().toString(),
				"--properties", properties.toString())
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("s3proxy.log").toFile())
			.start();
		S3ProxyProcess proxy = new S3ProxyProcess(process, URI.create("http://127.0.0.1:" + port));
		proxy.awaitListening(port, Duration.ofSeconds(60));
		return proxy;
	}

	URI endpoint() {
		return endpoint;
	}

	private void awaitListening(int port, Duration within) throws IOException, InterruptedException {
		Instant deadline = Instant.now().plus(within);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IOException("S3Proxy exited with " + process.exitValue());
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
				return;
			}
			catch (IOException notYet) {
				Thread.sleep(100);
			}
		}
		close();
		throw new IOException("S3Proxy did not listen on " + port + " within " + within);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() {
		process.destroy();
		try {
			if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

}

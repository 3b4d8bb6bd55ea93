package dev.careers.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.careers.gateway.RecordingUpstream.ReceivedRequest;

/**
 * Uploads 200 MB through a gateway running in its own JVM with a 64 MB heap: the body must be
 * piped from the client connection to the upstream, never held. Heap use is sampled from the
 * gateway's Prometheus endpoint during the upload and the figures are printed for the docs.
 */
class StreamingUploadIT {

	private static final long UPLOAD_BYTES = 200L * 1024 * 1024;

	private static final String MAX_HEAP = "64m";

	private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

	private static final Pattern HEAP_USED = Pattern.compile("^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} (\\S+)$");

	private static final RecordingUpstream IMPORT_SERVICE = RecordingUpstream.start("import-service");

	private static Process gateway;

	private static final AtomicInteger gatewayPort = new AtomicInteger();

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@BeforeAll
	static void startGatewayWithASmallHeap() throws IOException {
		Path log = Path.of("target", "streaming-upload-gateway.log");
		Files.createDirectories(log.getParent());
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + MAX_HEAP, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
				GatewayApplication.class.getName(), "--server.port=0",
				"--careers.gateway.import-service-url=" + IMPORT_SERVICE.uri()));
		command.addAll(GatewayDatabase.arguments());
		gateway = new ProcessBuilder(command).redirectErrorStream(true)
			.start();
		Thread logCopier = new Thread(() -> copyLogWatchingForPort(gateway.getInputStream(), log));
		logCopier.setDaemon(true);
		logCopier.start();
		await().atMost(Duration.ofMinutes(2)).until(() -> gatewayPort.get() > 0 || !gateway.isAlive());
		assertThat(gateway.isAlive()).as("gateway process started, see " + log).isTrue();
	}

	@AfterAll
	static void stopGateway() throws InterruptedException {
		gateway.destroy();
		if (!gateway.waitFor(20, TimeUnit.SECONDS)) {
			gateway.destroyForcibly().waitFor();
		}
		IMPORT_SERVICE.stop();
	}

	@Test
	void twoHundredMegabytesStreamThroughA64MegabyteHeap() throws Exception {
		String boundary = "gateway-streaming-test";
		MessageDigest sent = RecordingUpstream.sha256();
		InputStream multipart = new SequenceInputStream(ascii("--" + boundary + "\r\n"
				+ "Content-Disposition: form-data; name=\"files\"; filename=\"big.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n"),
				new SequenceInputStream(new GeneratedBytes(UPLOAD_BYTES), ascii("\r\n--" + boundary + "--\r\n")));
		AtomicLong peakHeapBytes = new AtomicLong();
		ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
		sampler.scheduleAtFixedRate(() -> peakHeapBytes.accumulateAndGet(heapUsedBytes(), Math::max), 0, 100,
				TimeUnit.MILLISECONDS);

		long started = System.nanoTime();
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(gatewayUri("/api/imports/1/files"))
			.header("X-Api-Key", "dev-key")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new DigestInputStream(multipart, sent)))
			.build(), HttpResponse.BodyHandlers.ofString());
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
		sampler.shutdownNow();

		assertThat(response.statusCode()).isEqualTo(200);
		ReceivedRequest received = IMPORT_SERVICE.received().get(0);
		assertThat(received.bodyBytes()).isGreaterThan(UPLOAD_BYTES);
		assertThat(received.bodySha256()).isEqualTo(HexFormat.of().formatHex(sent.digest()));
		assertThat(received.header("X-Tenant-Id")).containsExactly("demo");
		assertThat(gateway.isAlive()).isTrue();
		assertThat(peakHeapBytes.get()).isPositive().isLessThan(64L * 1024 * 1024);
		System.out.printf("STREAMING-UPLOAD bytes=%d elapsed=%dms throughput=%.0fMB/s gatewayXmx=%s peakHeapSampled=%.1fMB%n",
				received.bodyBytes(), elapsed.toMillis(), UPLOAD_BYTES / 1048576.0 / (elapsed.toMillis() / 1000.0),
				MAX_HEAP, peakHeapBytes.get() / 1048576.0);
	}

	private long heapUsedBytes() {
		try {
			String metrics = client.send(HttpRequest.newBuilder(gatewayUri("/actuator/prometheus")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			return metrics.lines()
				.map(HEAP_USED::matcher)
				.filter(Matcher::matches)
				.mapToLong(matcher -> (long) Double.parseDouble(matcher.group(1)))
				.sum();
		}
		catch (IOException ex) {
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

	private static URI gatewayUri(String path) {
		return URI.create("http://127.0.0.1:" + gatewayPort.get() + path);
	}

	private static InputStream ascii(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
	}

	private static void copyLogWatchingForPort(InputStream output, Path log) {
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				Files.writeString(log, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
				Matcher started = STARTED.matcher(line);
				if (started.find()) {
					gatewayPort.set(Integer.parseInt(started.group(1)));
				}
			}
		}
		catch (IOException ex) {
			// the gateway process ended; the test sees it through isAlive()
		}
	}

	/** Deterministic pseudo-random bytes produced on demand, so the test holds none of them either. */
	private static final class GeneratedBytes extends InputStream {

		private final SplittableRandom random = new SplittableRandom(42);

		private long remaining;

		GeneratedBytes(long size) {
			this.remaining = size;
		}

		@Override
		public int read() {
			if (remaining == 0) {
				return -1;
			}
			remaining--;
			return random.nextInt(256);
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (remaining == 0) {
				return -1;
			}
			int count = (int) Math.min(length, remaining);
			for (int i = 0; i < count; i += 8) {
				long bits = random.nextLong();
				for (int j = i; j < Math.min(i + 8, count); j++, bits >>>= 8) {
					buffer[offset + j] = (byte) bits;
				}
			}
			remaining -= count;
			return count;
		}

	}

}

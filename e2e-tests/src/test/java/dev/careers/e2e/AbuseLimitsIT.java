package dev.careers.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.careers.testsupport.TestPdfs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The abuse limits of issue 10, item 8, end to end through the gateway on the real local stack:
 * oversized requests 413, too many requests 429 with Retry-After, slow uploads cut off, and auth
 * failures 401 without saying why. Each limit is tried by its own tenant, so one test's spent
 * budget never decides another's outcome.
 */
class AbuseLimitsIT {

	private static final int REQUEST_CAP_BYTES = 1024 * 1024;

	private static final int FILE_CAP_BYTES = 256 * 1024;

	private static final int FILES_PER_MINUTE = 5;

	private static final int BURST = 10;

	// small caps, so that tripping each takes a few requests
	@RegisterExtension
	static final LocalStack stack = LocalStack
		.withTenants("sizes=sizes-key,files=files-key,flood=flood-key,bulk=bulk-key,slow=slow-key")
		.settings("-Dcareers.uploads.max-request-size=" + REQUEST_CAP_BYTES + "B",
				"-Dcareers.uploads.max-file-size=" + FILE_CAP_BYTES + "B",
				"-Dcareers.uploads.files-per-minute=" + FILES_PER_MINUTE, "-Dcareers.gateway.rate-limit.burst=" + BURST,
				"-Dcareers.gateway.rate-limit.per-second=1");

	private static Gateway anonymous;

	private static Gateway sizes;

	private static Gateway files;

	private static Gateway flood;

	private static Gateway bulk;

	private static Gateway slow;

	@BeforeAll
	static void makeTheTenantsClients() {
		anonymous = stack.gateway();
		sizes = anonymous.withApiKey("sizes-key");
		files = anonymous.withApiKey("files-key");
		flood = anonymous.withApiKey("flood-key");
		bulk = anonymous.withApiKey("bulk-key");
		slow = anonymous.withApiKey("slow-key");
	}

	/**
	 * Just over the cap, and far over it: past the 2 MB Tomcat reads by default after an early
	 * answer, where a closed connection under a still-writing client lost the 413 (a 502, or a reset).
	 */
	@ParameterizedTest
	@ValueSource(ints = { 5, 24, 100 })
	void aRequestOverTheRequestCapIsRefusedWith413AndImportsNothing(int filesJustUnderTheFileCap) {
		String importId = openImport(sizes);
		Map<String, byte[]> batch = new LinkedHashMap<>();
		for (int i = 0; i < filesJustUnderTheFileCap; i++) {
			// each file under the per-file cap, together over the request cap
			batch.put("part-" + i + ".pdf", pdfOfSize(FILE_CAP_BYTES - 1024));
		}

		Gateway.Response refused = sizes.upload("/api/imports/" + importId + "/files", "files", batch);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
		assertThat(refused.header("Content-Type")).hasValue("application/problem+json");
		assertThat(refused.<String>read("$.detail")).contains("smaller batches");
		assertNoRecordsIn(sizes, importId);
	}

	@Test
	void aFileOverTheFileCapIsATooLargeErrorAndTheRestOfTheBatchGoesOn() {
		String importId = openImport(files);
		Map<String, byte[]> batch = new LinkedHashMap<>();
		batch.put("huge.pdf", pdfOfSize(FILE_CAP_BYTES + 1024));
		batch.put("fine.pdf", TestPdfs.resume("Ada Lovelace", "ada@example.com", List.of("Java")));

		Gateway.Response answer = files.upload("/api/imports/" + importId + "/files", "files", batch);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(answer.<List<String>>read("$.results[*].outcome")).containsExactly("ERROR", "CREATED");
		assertThat(answer.<String>read("$.results[0].error.code")).isEqualTo("TOO_LARGE");
	}

	@Test
	void aTenantOverItsRequestRateGets429WithRetryAfterWhileOthersGoOn() {
		Gateway.Response limited = null;
		int sent = 0;
		while (limited == null && sent < 20 * BURST) {
			Gateway.Response answer = flood.get("/api/history/tasks/counts");
			sent++;
			if (answer.status() == 429) {
				limited = answer;
			}
			else {
				assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
			}
		}

		assertThat(limited).as("429 within %d requests", sent).isNotNull();
		assertThat(sent).isGreaterThan(BURST);
		assertThat(limited.header("Content-Type")).hasValue("application/problem+json");
		long retryAfter = Long.parseLong(limited.header("Retry-After").orElseThrow());
		assertThat(retryAfter).isBetween(1L, 5L);
		assertThat(sizes.get("/api/history/tasks/counts").status()).as("another tenant").isEqualTo(200);
		// a client that honours Retry-After is served again
		await().pollDelay(Duration.ofSeconds(retryAfter))
			.atMost(Duration.ofSeconds(retryAfter + 30))
			.until(() -> flood.get("/api/history/tasks/counts").status() == 200);
	}

	@Test
	void uploadsPastTheFilesPerMinuteCapGet429WithRetryAfterAndAreServedAfterIt() {
		String importId = openImport(bulk);
		Map<String, byte[]> batch = new LinkedHashMap<>();
		for (int i = 0; i < FILES_PER_MINUTE; i++) {
			batch.put("resume-" + i + ".pdf", TestPdfs.resume("Person " + i, "p" + i + "@example.com", List.of("SQL")));
		}
		Gateway.Response first = bulk.upload("/api/imports/" + importId + "/files", "files", batch);
		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		byte[] oneMore = TestPdfs.resume("One More", "more@example.com", List.of("Go"));

		Gateway.Response limited = bulk.upload("/api/imports/" + importId + "/files", "one-more.pdf", oneMore);

		assertThat(limited.status()).as(limited.toString()).isEqualTo(429);
		assertThat(limited.header("Content-Type")).hasValue("application/problem+json");
		long retryAfter = Long.parseLong(limited.header("Retry-After").orElseThrow());
		// one file's worth of a 5-per-minute refill
		assertThat(retryAfter).isBetween(1L, 60L / FILES_PER_MINUTE + 1);
		assertThat(bulk.get("/api/imports/" + importId).<Integer>read("$.created")).isEqualTo(FILES_PER_MINUTE);
		Gateway.Response retried = await().pollDelay(Duration.ofSeconds(retryAfter))
			.atMost(Duration.ofSeconds(retryAfter + 60))
			.until(() -> bulk.upload("/api/imports/" + importId + "/files", "one-more.pdf", oneMore),
					answer -> answer.status() != 429);
		assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
		assertThat(retried.<String>read("$.results[0].outcome")).isEqualTo("CREATED");
	}

	/**
	 * A client that sends its upload a few bytes at a time, then stops: the gateway waits its idle
	 * timeout (30 s, the product default) after the last byte, answers 408 and lets go, and serves
	 * everyone else meanwhile. No file of the cut-off upload is imported.
	 */
	@Test
	void aTricklingUploadThatStallsIsCutOffWith408WhileOtherRequestsGoOn() throws Exception {
		String importId = openImport(slow);
		String boundary = "trickle";
		byte[] head = ("POST /api/imports/" + importId + "/files HTTP/1.1\r\nHost: localhost\r\nX-Api-Key: slow-key\r\n"
				+ "Content-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: 1000000\r\n\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"slow.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n")
			.getBytes(StandardCharsets.US_ASCII);
		ScheduledExecutorService trickler = Executors.newSingleThreadScheduledExecutor();
		AtomicLong lastByteAt = new AtomicLong();
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), stack.ports().gateway())) {
			socket.setSoTimeout((int) Duration.ofMinutes(3).toMillis());
			OutputStream out = socket.getOutputStream();
			write(out, head, lastByteAt);
			for (int i = 1; i <= 3; i++) {
				// each pause shorter than the idle timeout: the trickle alone keeps the request alive
				trickler.schedule(() -> write(out, new byte[100], lastByteAt), i * 5L, TimeUnit.SECONDS);
			}

			Gateway.Response other = slow.get("/api/imports/" + importId);
			assertThat(other.status()).as("the same tenant meanwhile: " + other).isEqualTo(200);
			Gateway.Response upload = slow.upload("/api/imports/" + importId + "/files", "quick.pdf",
					TestPdfs.resume("Quick Upload", "quick@example.com", List.of("Java")));
			assertThat(upload.status()).as("an upload meanwhile: " + upload).isEqualTo(200);

			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
			Duration afterLastByte = Duration.ofNanos(System.nanoTime() - lastByteAt.get());

			assertThat(answer).startsWith("HTTP/1.1 408");
			assertThat(afterLastByte).isBetween(Duration.ofSeconds(25), Duration.ofMinutes(2));
		}
		finally {
			trickler.shutdownNow();
		}
		Gateway.Response imported = slow.get("/api/imports/" + importId);
		assertThat(imported.<Integer>read("$.created")).as(imported.toString()).isEqualTo(1);
		assertThat(imported.<Integer>read("$.errors")).as(imported.toString()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/imports", "/api/history/imports", "/api/history/stream", "/api/applicants",
			"/api/jobs/00000000-0000-0000-0000-000000000001" })
	void authFailuresAre401AndAllLookAlike(String path) {
		Gateway.Response missing = anonymous.get(path);
		List<Gateway.Response> failures = List.of(missing, anonymous.withApiKey("not-a-key").get(path),
				anonymous.withApiKey("SIZES-KEY").get(path), anonymous.withApiKey("sizes-key-").get(path),
				anonymous.withApiKey("").get(path), anonymous.withHeader("Authorization", "Bearer forged.token.here").get(path));

		assertThat(failures).allSatisfy(failure -> {
			assertThat(failure.status()).as(failure.toString()).isEqualTo(401);
			assertThat(failure.body()).isEqualTo(missing.body());
			assertThat(failure.header("WWW-Authenticate")).isEqualTo(missing.header("WWW-Authenticate"));
		});
		assertThat(missing.body().toLowerCase()).doesNotContain("wrong", "invalid", "unknown", "expired", "missing",
				"not-a-key", "tenant\"");
		assertThat(sizes.get(path.equals("/api/history/stream") ? "/api/history/tasks/counts" : path).status())
			.as("the valid key").isNotEqualTo(401);
	}

	private static void assertNoRecordsIn(Gateway tenant, String importId) {
		Gateway.Response summary = tenant.get("/api/imports/" + importId);
		assertThat(summary.<Integer>read("$.created") + summary.<Integer>read("$.errors")).as(summary.toString()).isZero();
	}

	/** A valid PDF padded with a trailing comment to {@code size} bytes. */
	private static byte[] pdfOfSize(int size) {
		byte[] pdf = TestPdfs.resume("Big File", "big@example.com", List.of("Java"));
		byte[] padded = Arrays.copyOf(pdf, size);
		padded[pdf.length] = '%';
		Arrays.fill(padded, pdf.length + 1, size, (byte) 'x');
		return padded;
	}

	private static void write(OutputStream out, byte[] bytes, AtomicLong lastByteAt) {
		try {
			out.write(bytes);
			out.flush();
			lastByteAt.set(System.nanoTime());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String openImport(Gateway tenant) {
		Gateway.Response opened = tenant.postJson("/api/imports", "{\"type\":\"APPLICANTS\",\"label\":\"abuse limits\"}");
		assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
		return opened.read("$.id");
	}

}

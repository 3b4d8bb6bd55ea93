package dev.careers.worker.pdf;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.careers.events.FailureCode;
import dev.careers.testsupport.HostilePdfs;
import dev.careers.testsupport.TestPdfs;
import dev.careers.worker.ExtractionFailure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Hostile input, generated here (issue 10 item 6): each case fails its own document with the right
 * code within the time cap, and the extractor then reads a good resume as if nothing happened; the
 * whole set, with several hundred fuzzed files, leaves the heap where it found it and never comes
 * near the worker's memory. Seeded mutations alone are {@link SeededPdfFuzzTest}.
 */
class HostileInputTest {

	private static final Duration TIME_CAP = Duration.ofSeconds(10);

	/** The cap plus what a loaded 2-core machine adds to writing and reading the file. */
	private static final Duration OUTCOME_WITHIN = TIME_CAP.plusSeconds(5);

	private static final int FUZZED = 300;

	/** Heap still held after the whole set and a GC, over what was held before it. */
	private static final long RETAINED_BOUND = 32L << 20;

	/**
	 * Heap the set adds at its worst moment, over what was held before it (the skills dictionary and
	 * whatever earlier tests of this JVM keep): the set itself, not the fork's history, is bounded.
	 */
	private static final long PEAK_BOUND = 160L << 20;

	private static final byte[] RESUME = TestPdfs.resume("Jane Doe", "jane@example.com",
			List.of("Java", "Kafka", "PostgreSQL"));

	private static PdfTextExtractor extractor;

	@TempDir
	static Path folder;

	@BeforeAll
	static void startExtractor() {
		extractor = new PdfTextExtractor(
				PdfProperties.bind(Map.of("timeout", TIME_CAP.toSeconds() + "s", "ocr.enabled", "false")));
	}

	@AfterAll
	static void stopExtractor() {
		extractor.close();
	}

	record HostileCase(String name, Supplier<byte[]> bytes, FailureCode code) {

		@Override
		public String toString() {
			return name;
		}

	}

	static Stream<HostileCase> cases() {
		return Stream.of(new HostileCase("decompression bomb (256 MiB of blanks)",
				() -> HostilePdfs.decompressionBomb(256L << 20), FailureCode.TOO_LARGE),
				new HostileCase("page-tree loop", HostilePdfs::pageTreeLoop, FailureCode.DAMAGED_FILE),
				new HostileCase("10,000-page claim", () -> HostilePdfs.pageCountClaim(10_000),
						FailureCode.TOO_MANY_PAGES),
				new HostileCase("huge image (100,000 x 100,000 px)", () -> HostilePdfs.hugeImage(100_000, 100_000),
						FailureCode.TOO_LARGE),
				new HostileCase("arrays nested 100,000 deep", () -> HostilePdfs.deepNesting(100_000),
						FailureCode.DAMAGED_FILE),
				new HostileCase("dictionaries nested 100,000 deep", () -> HostilePdfs.deepDictionaryNesting(100_000),
						FailureCode.DAMAGED_FILE),
				new HostileCase("form that draws itself", HostilePdfs::selfDrawingForm, FailureCode.NO_TEXT_LAYER),
				new HostileCase("truncated at 10%", () -> HostilePdfs.truncated(RESUME, 0.1), FailureCode.DAMAGED_FILE),
				new HostileCase("truncated at 30%", () -> HostilePdfs.truncated(RESUME, 0.3), FailureCode.DAMAGED_FILE),
				new HostileCase("truncated at 60%", () -> HostilePdfs.truncated(RESUME, 0.6), FailureCode.DAMAGED_FILE),
				new HostileCase("HTML with a script named .pdf", HostilePdfs::htmlNamedPdf, FailureCode.NOT_A_PDF),
				new HostileCase("ZIP archive named .pdf", HostilePdfs::zipNamedPdf, FailureCode.NOT_A_PDF),
				new HostileCase("random bytes named .pdf", () -> HostilePdfs.randomBytes(1, 64 * 1024),
						FailureCode.NOT_A_PDF),
				new HostileCase("zero bytes", () -> new byte[0], FailureCode.EMPTY_FILE));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void eachHostileFileFailsAloneWithItsCodeWithinTheCap(HostileCase hostile) throws IOException {
		assertFailsWithin(hostile);

		assertThat(extractor.extract(write(RESUME), PageProgress.NONE).text()).contains("Jane Doe");
	}

	@Test
	void theWholeHostileSetLeavesTheHeapBounded() throws IOException {
		List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.toList();
		long before = heapUsedAfterGc();
		heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
		long started = System.nanoTime();
		List<Long> slowest = new ArrayList<>();

		cases().forEach(hostile -> slowest.add(timed(() -> assertFailsWithin(hostile))));
		for (long seed = 0; seed < FUZZED; seed++) {
			byte[] mutated = HostilePdfs.mutated(RESUME, seed);
			slowest.add(timed(() -> readOrFail(mutated)));
		}
		assertThat(extractor.extract(write(RESUME), PageProgress.NONE).text()).contains("Jane Doe");

		long peak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		long after = heapUsedAfterGc();
		long cases = cases().count() + FUZZED;
		System.out.printf("hostile set: %d cases in %d ms, slowest %d ms; heap before %d MiB, peak %d MiB, after %d MiB%n",
				cases, Duration.ofNanos(System.nanoTime() - started).toMillis(),
				slowest.stream().mapToLong(Long::longValue).max().orElse(0), before >> 20, peak >> 20, after >> 20);
		assertThat(peak - before).as("heap added at the worst moment").isLessThan(PEAK_BOUND);
		assertThat(after - before).as("heap retained after the set").isLessThan(RETAINED_BOUND);
	}

	private void assertFailsWithin(HostileCase hostile) {
		assertTimeoutPreemptively(OUTCOME_WITHIN, () -> {
			Path file = write(hostile.bytes().get());
			try {
				assertThatThrownBy(() -> extractor.extract(file, PageProgress.NONE)).as(hostile.name())
					.isInstanceOfSatisfying(ExtractionFailure.class,
							failure -> assertThat(failure.code()).as(hostile.name()).isEqualTo(hostile.code()));
			}
			finally {
				Files.delete(file);
			}
		});
	}

	/** A fuzzed file is read, or fails with a code about the document; nothing else escapes. */
	private void readOrFail(byte[] mutated) {
		assertTimeoutPreemptively(OUTCOME_WITHIN, () -> {
			Path file = write(mutated);
			try {
				extractor.extract(file, PageProgress.NONE);
			}
			catch (ExtractionFailure failure) {
				assertThat(failure.code()).isIn(SeededPdfFuzzTest.DOCUMENT_CODES);
			}
			catch (RuntimeException unexpected) {
				fail("a fuzzed file escaped as " + unexpected);
			}
			finally {
				Files.delete(file);
			}
		});
	}

	private static long timed(Runnable step) {
		long started = System.nanoTime();
		step.run();
		return Duration.ofNanos(System.nanoTime() - started).toMillis();
	}

	/** Heap in use once what is garbage has been collected (a serial GC collects on request). */
	private static long heapUsedAfterGc() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static Path write(byte[] pdf) throws IOException {
		return Files.write(Files.createTempFile(folder, "hostile-", ".pdf"), pdf);
	}

}

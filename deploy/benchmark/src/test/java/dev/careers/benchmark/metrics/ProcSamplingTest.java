package dev.careers.benchmark.metrics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProcSamplingTest {

	@Test
	void cpuTicksAreUserPlusSystemEvenWithSpacesAndParenthesesInTheCommandName() {
		String stat = "4242 (java (worker) x) S 1 4242 4242 0 -1 4194304 120 0 0 0 1500 250 3 4 20 0 42 0 9000 "
				+ "4000000000 70000 18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";

		assertThat(ProcessSampler.parseCpuTicks(stat)).isEqualTo(1750);
	}

	@Test
	void aTreeCountsTheChildrenItReapedBesideItsOwnCpu() {
		String stat = "4242 (java (worker) x) S 1 4242 4242 0 -1 4194304 120 0 0 0 1500 250 3 4 20 0 42 0 9000 "
				+ "4000000000 70000 18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";

		assertThat(ProcessSampler.parseTreeCpuTicks(stat)).isEqualTo(1500 + 250 + 3 + 4);
	}

	@Test
	void aChildThatRanAndEndedInTheWindowIsCounted() throws Exception {
		long self = ProcessHandle.current().pid();
		ProcessSampler sampler = new ProcessSampler(List.of(new ProcessSampler.Watched("me", self)));
		double treeBefore = sampler.sample().get("me").cpuSeconds();
		double ownBefore = ProcessSampler.parseCpuTicks(Files.readString(Path.of("/proc/self/stat"))) / 100.0;

		// about half a second of a shell's CPU, in a child this JVM waits for (as the worker waits for Tesseract)
		Process child = new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt 500000 ]; do i=$((i+1)); done").start();
		assertThat(child.waitFor()).isZero();

		double tree = sampler.sample().get("me").cpuSeconds() - treeBefore;
		double own = ProcessSampler.parseCpuTicks(Files.readString(Path.of("/proc/self/stat"))) / 100.0 - ownBefore;
		assertThat(tree - own).isGreaterThan(0.2);
	}

	@Test
	void jitCompilerThreadsAreKnownByTheNamesHotSpotGivesThem() {
		String c2 = "4243 (C2 CompilerThre) S 1 4242 4242 0 -1 4194304 0 0 0 0 900 10 0 0 20 0 42 0 9000 0 0";
		String c1 = "4244 (C1 CompilerThre) S 1 4242 4242 0 -1 4194304 0 0 0 0 90 1 0 0 20 0 42 0 9000 0 0";
		String gc = "4245 (VM Thread) S 1 4242 4242 0 -1 4194304 0 0 0 0 50 5 0 0 20 0 42 0 9000 0 0";

		assertThat(ProcessSampler.isJitCompilerThread(c2)).isTrue();
		assertThat(ProcessSampler.isJitCompilerThread(c1)).isTrue();
		assertThat(ProcessSampler.isJitCompilerThread(gc)).isFalse();
	}

	@Test
	void peakRssIsVmHwmInBytes() {
		String status = "Name:\tjava\nVmPeak:\t 5000000 kB\nVmHWM:\t  314572 kB\nVmRSS:\t  200000 kB\n";

		assertThat(ProcessSampler.parsePeakRss(status)).hasValue(314572L * 1024);
	}

	@Test
	void thisProcessIsSampledWithCpuAndRss() {
		long self = ProcessHandle.current().pid();

		Map<String, ProcessSampler.Sample> samples = new ProcessSampler(List.of(new ProcessSampler.Watched("me", self),
				new ProcessSampler.Watched("gone", Long.MAX_VALUE))).sample();

		assertThat(samples).containsOnlyKeys("me");
		assertThat(samples.get("me").cpuSeconds()).isPositive();
		assertThat(samples.get("me").peakRssBytes()).isGreaterThan(1024 * 1024);
		// this JVM compiled its test classes' callers: its compiler threads have run, and are part of its CPU
		assertThat(new ProcessSampler(List.of(new ProcessSampler.Watched("me", self))).jitCpuSeconds().get("me")).isPositive()
			.isLessThanOrEqualTo(samples.get("me").cpuSeconds());
	}

}

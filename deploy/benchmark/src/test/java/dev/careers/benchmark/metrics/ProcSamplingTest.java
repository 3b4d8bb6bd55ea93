package dev.careers.benchmark.metrics;

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
	}

}

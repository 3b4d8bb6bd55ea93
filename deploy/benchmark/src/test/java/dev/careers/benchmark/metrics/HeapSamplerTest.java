package dev.careers.benchmark.metrics;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeapSamplerTest {

	@Test
	void readsTheHeapInUseFromTheActuatorsMeter() {
		String meter = """
				{"name":"jvm.memory.used","baseUnit":"bytes",
				 "measurements":[{"statistic":"VALUE","value":1.23456789E8}],
				 "availableTags":[{"tag":"id","values":["G1 Eden Space","G1 Old Gen"]}]}
				""";

		assertThat(HeapSampler.parseHeapUsed(meter)).hasValue(123456789L);
	}

	@Test
	void anAnswerWithoutTheValueGivesNone() {
		assertThat(HeapSampler.parseHeapUsed("{\"name\":\"jvm.memory.used\",\"measurements\":[]}")).isEmpty();
		assertThat(HeapSampler.parseHeapUsed("<html>Not Found</html>")).isEqualTo(OptionalLong.empty());
	}

}

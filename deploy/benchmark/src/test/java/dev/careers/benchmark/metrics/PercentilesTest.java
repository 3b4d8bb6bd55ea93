package dev.careers.benchmark.metrics;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PercentilesTest {

	@Test
	void nearestRankOfOneToAHundredIsTheValueAtThatRank() {
		List<Double> values = IntStream.rangeClosed(1, 100).asDoubleStream().boxed().toList();

		Percentiles percentiles = Percentiles.of(values);

		assertThat(percentiles.count()).isEqualTo(100);
		assertThat(percentiles.p50()).isEqualTo(50.0);
		assertThat(percentiles.p95()).isEqualTo(95.0);
		assertThat(percentiles.p99()).isEqualTo(99.0);
		assertThat(percentiles.max()).isEqualTo(100.0);
	}

	@Test
	void orderOfTheValuesDoesNotMatter() {
		assertThat(Percentiles.of(List.of(30.0, 10.0, 20.0))).isEqualTo(Percentiles.of(List.of(10.0, 20.0, 30.0)));
	}

	@Test
	void fewValuesGiveObservedValuesNotInterpolations() {
		Percentiles percentiles = Percentiles.of(List.of(100.0, 200.0, 300.0, 4000.0));

		assertThat(percentiles.p50()).isEqualTo(200.0);
		assertThat(percentiles.p95()).isEqualTo(4000.0);
		assertThat(percentiles.p99()).isEqualTo(4000.0);
	}

	@Test
	void oneValueIsEveryPercentile() {
		assertThat(Percentiles.of(List.of(7.0))).isEqualTo(new Percentiles(1, 7.0, 7.0, 7.0, 7.0));
	}

	@Test
	void noValuesGiveNoFiguresRatherThanNaN() {
		assertThat(Percentiles.of(List.of())).isEqualTo(new Percentiles(0, null, null, null, null));
	}

}

package dev.careers.benchmark.metrics;

import java.util.Arrays;
import java.util.Collection;

/**
 * p50, p95, p99 and max of a set of values (nearest rank: each is a value that was observed); all
 * null when there is none, so the JSON holds no NaN.
 */
public record Percentiles(long count, Double p50, Double p95, Double p99, Double max) {

	public static Percentiles of(Collection<Double> values) {
		if (values.isEmpty()) {
			return new Percentiles(0, null, null, null, null);
		}
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
		Arrays.sort(sorted);
		return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
				sorted[sorted.length - 1]);
	}

	/** The smallest value with at least {@code percent} % of the values at or below it. */
	static double rank(double[] sorted, double percent) {
		int rank = (int) Math.ceil(percent / 100 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

}

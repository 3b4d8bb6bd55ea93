package dev.careers.e2e;

import java.util.OptionalDouble;

import dev.careers.launcher.ProcessInfo;

/** Reads a service's own meters from its {@code /actuator/prometheus}, as Prometheus scrapes them. */
final class ServiceMetrics {

	private ServiceMetrics() {
	}

	/**
	 * The sum of the series of {@code metric} (its Prometheus name), or empty when the service does
	 * not answer or has no such series.
	 */
	static OptionalDouble value(ProcessInfo service, String metric) {
		Gateway.Response scrape;
		try {
			scrape = Gateway.at("http://localhost:" + service.port()).get("/actuator/prometheus");
		}
		catch (RuntimeException unreachable) {
			return OptionalDouble.empty();
		}
		if (scrape.status() != 200) {
			return OptionalDouble.empty();
		}
		return scrape.body()
			.lines()
			.filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
			.mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.reduce(Double::sum);
	}

}

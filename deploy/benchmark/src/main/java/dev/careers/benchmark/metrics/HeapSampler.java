package dev.careers.benchmark.metrics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The largest heap in use seen on each service, sampled on a timer from its actuator's one meter
 * {@code jvm.memory.used} over the heap pools. Not from the Prometheus scrape: a scrape renders every
 * meter (the Kafka clients' alone are hundreds), and twice a second it cost import-service about 6 %
 * of its CPU in a benchmark run, which the run then counted as the platform's.
 */
public final class HeapSampler {

	private static final String HEAP_IN_USE = "/actuator/metrics/jvm.memory.used?tag=area:heap";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Map<String, String> meterUrls;

	private final Map<String, Long> peaks = new ConcurrentHashMap<>();

	/** @param serviceUrls base URL of each service by name, e.g. {@code http://localhost:8081} */
	public HeapSampler(Map<String, String> serviceUrls) {
		this.meterUrls = new LinkedHashMap<>();
		serviceUrls.forEach((name, url) -> meterUrls.put(name, url.replaceAll("/+$", "") + HEAP_IN_USE));
	}

	public void sample() {
		meterUrls.forEach((name, url) -> heapUsed(url).ifPresent(bytes -> peaks.merge(name, bytes, Math::max)));
	}

	/** Peak heap in use by service; a service never sampled is missing. */
	public Map<String, Long> peaks() {
		Map<String, Long> ordered = new LinkedHashMap<>();
		meterUrls.keySet().forEach(name -> {
			if (peaks.containsKey(name)) {
				ordered.put(name, peaks.get(name));
			}
		});
		return ordered;
	}

	/** The meter's value from the actuator's answer: {@code {"measurements":[{"statistic":"VALUE","value":1.2E8}]}}. */
	static OptionalLong parseHeapUsed(String meter) {
		try {
			for (JsonNode measurement : JSON.readTree(meter).path("measurements")) {
				if ("VALUE".equals(measurement.path("statistic").asString()) && measurement.path("value").isNumber()) {
					return OptionalLong.of(measurement.path("value").asLong());
				}
			}
			return OptionalLong.empty();
		}
		catch (JacksonException ex) {
			return OptionalLong.empty();
		}
	}

	private OptionalLong heapUsed(String url) {
		try {
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 ? parseHeapUsed(response.body()) : OptionalLong.empty();
		}
		catch (IOException ex) {
			return OptionalLong.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return OptionalLong.empty();
		}
	}

}

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The largest heap in use seen on each service, from its Prometheus scrape
 * ({@code jvm_memory_used_bytes{area="heap"}} summed over the heap pools), sampled on a timer.
 */
public final class HeapSampler {

	private static final Pattern HEAP_POOL = Pattern
		.compile("^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*}\\s+(\\S+)", Pattern.MULTILINE);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Map<String, String> scrapeUrls;

	private final Map<String, Long> peaks = new ConcurrentHashMap<>();

	/** @param serviceUrls base URL of each service by name, e.g. {@code http://localhost:8081} */
	public HeapSampler(Map<String, String> serviceUrls) {
		this.scrapeUrls = new LinkedHashMap<>();
		serviceUrls.forEach((name, url) -> scrapeUrls.put(name, url.replaceAll("/+$", "") + "/actuator/prometheus"));
	}

	public void sample() {
		scrapeUrls.forEach((name, url) -> heapUsed(url).ifPresent(bytes -> peaks.merge(name, bytes, Math::max)));
	}

	/** Peak heap in use by service; a service never scraped is missing. */
	public Map<String, Long> peaks() {
		Map<String, Long> ordered = new LinkedHashMap<>();
		scrapeUrls.keySet().forEach(name -> {
			if (peaks.containsKey(name)) {
				ordered.put(name, peaks.get(name));
			}
		});
		return ordered;
	}

	static OptionalLong parseHeapUsed(String scrape) {
		Matcher pool = HEAP_POOL.matcher(scrape);
		double total = 0;
		boolean found = false;
		while (pool.find()) {
			total += Double.parseDouble(pool.group(1));
			found = true;
		}
		return found ? OptionalLong.of((long) total) : OptionalLong.empty();
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

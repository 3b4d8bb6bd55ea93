package dev.careers.benchmark.stack;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.careers.benchmark.metrics.ProcessSampler;

/** The system under test: where its gateway is, which processes it runs, and where each service's metrics are. */
public interface Stack extends AutoCloseable {

	String gatewayUrl();

	String apiKey();

	int workers();

	List<ProcessSampler.Watched> processes();

	/** Base URLs of the services whose heap is sampled, by name: gateway and import-service. */
	Map<String, String> heapSampledServices();

	/**
	 * The API key of a second tenant, whose uploads are never duplicates of the first tenant's: a warm-up
	 * can import the very files the run measures. Empty where only one tenant is known.
	 */
	default Optional<String> secondTenantApiKey() {
		return Optional.empty();
	}

	@Override
	void close();

}

package dev.careers.benchmark.stack;

import java.util.List;
import java.util.Map;

import dev.careers.benchmark.metrics.ProcessSampler;

/** The system under test: where its gateway is, which processes it runs, and where each service's metrics are. */
public interface Stack extends AutoCloseable {

	String gatewayUrl();

	String apiKey();

	int workers();

	List<ProcessSampler.Watched> processes();

	/** Base URLs of the services whose heap is sampled, by name: gateway and import-service. */
	Map<String, String> heapSampledServices();

	@Override
	void close();

}

package dev.careers.benchmark.stack;

import java.util.List;
import java.util.Map;

import dev.careers.benchmark.metrics.ProcessSampler;

/** A stack seen through another of its tenants' API keys; closing it leaves the stack running for its owner. */
record AsTenant(Stack stack, String apiKey) implements Stack {

	@Override
	public String gatewayUrl() {
		return stack.gatewayUrl();
	}

	@Override
	public int workers() {
		return stack.workers();
	}

	@Override
	public List<ProcessSampler.Watched> processes() {
		return stack.processes();
	}

	@Override
	public Map<String, String> heapSampledServices() {
		return stack.heapSampledServices();
	}

	@Override
	public void close() {
		// the stack belongs to whoever started it
	}

}

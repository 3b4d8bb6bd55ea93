package dev.careers.benchmark.stack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.careers.benchmark.metrics.ProcessSampler;

/**
 * A stack started elsewhere (./run-local, say). Nothing tells us its process ids, so they are found
 * by command line: each service's {@code -jar <module>-<version>.jar}, the broker's {@code kafka.Kafka}
 * main class, and the PostgreSQL postmaster (a {@code postgres} whose parent is not one).
 */
public final class RunningStack implements Stack {

	private static final List<String> SERVICES = List.of("gateway", "import-service", "history-service");

	private final String gatewayUrl;

	private final String apiKey;

	private final String importServiceUrl;

	private final List<ProcessSampler.Watched> processes;

	public RunningStack(String gatewayUrl, String apiKey, String importServiceUrl) {
		this.gatewayUrl = gatewayUrl;
		this.apiKey = apiKey;
		this.importServiceUrl = importServiceUrl;
		this.processes = discover();
	}

	@Override
	public String gatewayUrl() {
		return gatewayUrl;
	}

	@Override
	public String apiKey() {
		return apiKey;
	}

	@Override
	public int workers() {
		return (int) processes.stream().filter(process -> process.name().startsWith("extraction-worker")).count();
	}

	@Override
	public List<ProcessSampler.Watched> processes() {
		return processes;
	}

	@Override
	public Map<String, String> heapSampledServices() {
		Map<String, String> services = new LinkedHashMap<>();
		services.put("gateway", gatewayUrl);
		services.put("import-service", importServiceUrl);
		return services;
	}

	@Override
	public void close() {
		// not ours to stop
	}

	private static List<ProcessSampler.Watched> discover() {
		List<ProcessSampler.Watched> found = new ArrayList<>();
		List<ProcessHandle> all = ProcessHandle.allProcesses().toList();
		int worker = 0;
		for (ProcessHandle process : all) {
			Optional<String> name = nameOf(process);
			if (name.isPresent()) {
				String watched = name.get().equals("extraction-worker") ? "extraction-worker-" + (++worker) : name.get();
				found.add(new ProcessSampler.Watched(watched, process.pid()));
			}
		}
		return found;
	}

	static Optional<String> nameOf(ProcessHandle process) {
		String[] arguments = process.info().arguments().orElse(new String[0]);
		String command = process.info().command().orElse("");
		for (int i = 0; i + 1 < arguments.length; i++) {
			if (arguments[i].equals("-jar")) {
				String jar = arguments[i + 1].substring(arguments[i + 1].lastIndexOf('/') + 1);
				if (jar.startsWith("extraction-worker-")) {
					return Optional.of("extraction-worker");
				}
				return SERVICES.stream().filter(service -> jar.startsWith(service + "-")).findFirst();
			}
		}
		for (String argument : arguments) {
			if (argument.equals("kafka.Kafka")) {
				return Optional.of("kafka");
			}
		}
		boolean postgres = command.endsWith("/postgres");
		boolean parentIsPostgres = process.parent()
			.flatMap(parent -> parent.info().command())
			.map(parent -> parent.endsWith("/postgres"))
			.orElse(false);
		return postgres && !parentIsPostgres ? Optional.of("postgres") : Optional.empty();
	}

}

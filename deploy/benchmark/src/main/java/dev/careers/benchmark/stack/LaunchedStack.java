package dev.careers.benchmark.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.careers.benchmark.metrics.ProcessSampler;
import dev.careers.launcher.LaunchOptions;
import dev.careers.launcher.LocalSystem;
import dev.careers.launcher.Ports;

/** A fresh local stack started through the launcher, on free ports and its own data directory; its process ids come from the launcher. */
public final class LaunchedStack implements Stack {

	/** The measured tenant first (the launcher's {@code apiKey()} is the first one's), then one for warming up. */
	private static final String TENANTS = "benchmark=benchmark-key,warm-up=warm-up-key";

	private static final String SECOND_TENANT_API_KEY = "warm-up-key";

	private final LocalSystem system;

	private final Ports ports;

	private final int workers;

	private LaunchedStack(LocalSystem system, Ports ports, int workers) {
		this.system = system;
		this.ports = ports;
		this.workers = workers;
	}

	public static LaunchedStack start(Path home, Path dataDir, int workers, String serviceHeap,
			List<String> serviceJvmOptions, Duration startupTimeout) {
		Ports ports = Ports.free();
		LocalSystem system = LocalSystem.start(LaunchOptions.builder(home)
			.dataDir(dataDir)
			.ports(ports)
			.tenants(TENANTS)
			.workers(workers)
			.serviceHeap(serviceHeap)
			.serviceJvmOptions(serviceJvmOptions.toArray(String[]::new))
			.startupTimeout(startupTimeout)
			.build());
		return new LaunchedStack(system, ports, workers);
	}

	@Override
	public String gatewayUrl() {
		return system.gatewayUrl();
	}

	@Override
	public String apiKey() {
		return system.apiKey();
	}

	@Override
	public int workers() {
		return workers;
	}

	@Override
	public List<ProcessSampler.Watched> processes() {
		return system.processes().stream().map(process -> new ProcessSampler.Watched(process.name(), process.pid())).toList();
	}

	@Override
	public Map<String, String> heapSampledServices() {
		Map<String, String> services = new LinkedHashMap<>();
		services.put("gateway", system.gatewayUrl());
		services.put("import-service", "http://localhost:" + ports.importService());
		return services;
	}

	@Override
	public Optional<String> secondTenantApiKey() {
		return Optional.of(SECOND_TENANT_API_KEY);
	}

	@Override
	public void close() {
		system.stop();
	}

}

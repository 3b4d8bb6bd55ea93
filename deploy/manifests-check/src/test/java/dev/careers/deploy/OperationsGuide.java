package dev.careers.deploy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * docs/operations.md, read as the single source of the services' ports, health paths, metric names
 * and environment variables that every deployment file must agree with.
 */
final class OperationsGuide {

	static final String FILE = "docs/operations.md";

	static final List<String> SERVICES = List.of("gateway", "import-service", "history-service", "extraction-worker");

	private final String markdown;

	private OperationsGuide(String markdown) {
		this.markdown = markdown;
	}

	static OperationsGuide read() {
		return new OperationsGuide(Repository.text(FILE));
	}

	Map<String, ServiceContract> services() {
		return MarkdownTable.under(markdown, "Services, ports and health")
			.stream()
			.map(row -> new ServiceContract(row.get("service"), Integer.parseInt(row.get("port")),
					MarkdownTable.code(row.get("liveness")), MarkdownTable.code(row.get("readiness")),
					MarkdownTable.code(row.get("metrics"))))
			.collect(Collectors.toMap(ServiceContract::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	ServiceContract service(String name) {
		ServiceContract service = services().get(name);
		if (service == null) {
			throw new IllegalStateException(FILE + " has no row for service " + name);
		}
		return service;
	}

	Map<String, EnvironmentVariable> environmentVariables() {
		return MarkdownTable.under(markdown, "Environment variables")
			.stream()
			.map(row -> new EnvironmentVariable(MarkdownTable.code(row.get("variable")),
					readers(row.get("services")), MarkdownTable.code(row.get("default")), row.get("status")))
			.collect(Collectors.toMap(EnvironmentVariable::name, Function.identity(), (a, b) -> {
				throw new IllegalStateException(FILE + " lists " + a.name() + " twice");
			}, LinkedHashMap::new));
	}

	Set<String> metricNames() {
		return MarkdownTable.under(markdown, "Metrics")
			.stream()
			.map(row -> MarkdownTable.code(row.get("metric")))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** GitHub-style anchors of every heading: lower case, spaces to dashes, punctuation dropped. */
	Set<String> headingAnchors() {
		return markdown.lines()
			.filter(line -> line.startsWith("#"))
			.map(line -> line.replaceFirst("^#+\\s*", "")
				.toLowerCase(Locale.ROOT)
				.replaceAll("[^a-z0-9 _-]", "")
				.replace(' ', '-'))
			.collect(Collectors.toSet());
	}

	private static Set<String> readers(String cell) {
		if (cell.trim().equals("all")) {
			return Set.copyOf(SERVICES);
		}
		return Arrays.stream(cell.split(",")).map(String::trim).collect(Collectors.toSet());
	}

	record ServiceContract(String name, int port, String livenessPath, String readinessPath, String metricsPath) {
	}

	/** One row of the environment table: who reads the variable, its default, and whether it is settled. */
	record EnvironmentVariable(String name, Set<String> services, String defaultValue, String status) {

		boolean readBy(String service) {
			return services.contains(service);
		}

	}

}

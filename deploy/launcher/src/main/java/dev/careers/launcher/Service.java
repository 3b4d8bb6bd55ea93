package dev.careers.launcher;

import java.util.ArrayList;
import java.util.List;

/** The services the launcher runs, each from its module's Spring Boot jar. */
enum Service {

	IMPORT_SERVICE("import-service", "imports", false),

	HISTORY_SERVICE("history-service", "history", false),

	EXTRACTION_WORKER("extraction-worker", null, true),

	GATEWAY("gateway", "gateway", false);

	/** C1 only: no profiling tiers, no C2 (the launcher's and the images' choice, ADR 0029). */
	private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

	private final String module;

	private final String schema;

	private final boolean computeBound;

	Service(String module, String schema, boolean computeBound) {
		this.module = module;
		this.schema = schema;
		this.computeBound = computeBound;
	}

	String module() {
		return module;
	}

	/** The PostgreSQL schema the service owns, or {@code null} when it keeps no data. */
	String schema() {
		return schema;
	}

	boolean ownsSchema() {
		return schema != null;
	}

	/**
	 * The service's JVM options: its own, then {@code given} ({@link LaunchOptions#serviceJvmOptions()}),
	 * so that a flag given again overrides the service's (HotSpot takes the last). Only the worker
	 * runs code that C2's optimisations pay for (the PDF reader, the skills matcher); the other
	 * services move requests and events between sockets, Kafka and PostgreSQL, and C2 compiling
	 * their framework code on shared cores costs more CPU than its faster code saves.
	 */
	List<String> jvmOptions(List<String> given) {
		List<String> options = new ArrayList<>();
		if (!computeBound) {
			options.add(C1_ONLY);
		}
		options.addAll(given);
		return options;
	}

}

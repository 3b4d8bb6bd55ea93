package dev.careers.launcher;

/** The services the launcher runs, each from its module's Spring Boot jar. */
enum Service {

	IMPORT_SERVICE("import-service", "imports"),

	HISTORY_SERVICE("history-service", "history"),

	EXTRACTION_WORKER("extraction-worker", null),

	GATEWAY("gateway", "gateway");

	private final String module;

	private final String schema;

	Service(String module, String schema) {
		this.module = module;
		this.schema = schema;
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

}

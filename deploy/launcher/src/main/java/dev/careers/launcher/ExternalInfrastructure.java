package dev.careers.launcher;

import java.util.Map;

/**
 * Environment variables that point the launcher at an existing broker or database instead of
 * starting its own.
 */
final class ExternalInfrastructure {

	static final String KAFKA_BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";

	static final String DB_URL = "CAREERS_DB_URL";

	static final String DB_USER = "CAREERS_DB_USER";

	static final String DB_PASSWORD = "CAREERS_DB_PASSWORD";

	private ExternalInfrastructure() {
	}

	static void apply(Map<String, String> environment, LaunchOptions.Builder options) {
		String kafka = environment.get(KAFKA_BOOTSTRAP_SERVERS);
		if (kafka != null && !kafka.isBlank()) {
			options.externalKafka(kafka.trim());
		}
		String url = environment.get(DB_URL);
		if (url != null && !url.isBlank()) {
			String user = environment.get(DB_USER);
			if (user == null || user.isBlank()) {
				throw new IllegalArgumentException(DB_URL + " is set: set " + DB_USER + " (and " + DB_PASSWORD + ") too");
			}
			if (!url.startsWith("jdbc:postgresql:")) {
				throw new IllegalArgumentException(DB_URL + " must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db), got " + url);
			}
			options.externalDatabase(new DatabaseCoordinates(url.trim(), user.trim(), environment.getOrDefault(DB_PASSWORD, "")));
		}
	}

}

package dev.careers.launcher;

/** Where a PostgreSQL database is and how to log in. */
public record DatabaseCoordinates(String jdbcUrl, String username, String password) {

	/** The same database with {@code schema} as the connection's schema (one schema per service). */
	DatabaseCoordinates inSchema(String schema) {
		String separator = jdbcUrl.contains("?") ? "&" : "?";
		return new DatabaseCoordinates(jdbcUrl + separator + "currentSchema=" + schema, username, password);
	}

}

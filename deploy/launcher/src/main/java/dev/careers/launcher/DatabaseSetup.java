package dev.careers.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the database and the services' schemas exist before the services start (each service
 * then migrates its own schema with Flyway).
 */
final class DatabaseSetup {

	private static final Logger log = LoggerFactory.getLogger(DatabaseSetup.class);

	static final String DATABASE = "careers";

	private DatabaseSetup() {
	}

	static void createDatabaseIfMissing(DatabaseCoordinates server, String database) {
		try (Connection connection = connect(server);
				PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			exists.setString(1, database);
			try (ResultSet rows = exists.executeQuery()) {
				if (rows.next()) {
					return;
				}
			}
			try (Statement create = connection.createStatement()) {
				create.execute("CREATE DATABASE \"" + database + "\"");
				log.info("Created database {}", database);
			}
		}
		catch (SQLException ex) {
			throw new LaunchException("Could not create database " + database + " at " + server.jdbcUrl() + ": "
					+ ex.getMessage(), ex);
		}
	}

	static void createSchemasIfMissing(DatabaseCoordinates database, List<String> schemas) {
		try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
			for (String schema : schemas) {
				statement.execute("CREATE SCHEMA IF NOT EXISTS \"" + schema + "\"");
			}
		}
		catch (SQLException ex) {
			throw new LaunchException("Could not create schemas " + schemas + " at " + database.jdbcUrl() + ": "
					+ ex.getMessage(), ex);
		}
	}

	private static Connection connect(DatabaseCoordinates coordinates) throws SQLException {
		DriverManager.setLoginTimeout(10);
		return DriverManager.getConnection(coordinates.jdbcUrl(), coordinates.username(), coordinates.password());
	}

}

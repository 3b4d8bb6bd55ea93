package dev.careers.history.messaging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import dev.careers.history.readmodel.AdvisoryLocks;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How the replicas agree that nobody projects into read models being rebuilt, through PostgreSQL
 * advisory locks: every live projection batch takes the read models' lock shared for its
 * transaction, or is refused at once when a rebuild holds it; the rebuild takes it exclusively,
 * on a connection of its own, for as long as it runs. If that replica dies, its connection closes
 * and the lock goes with it.
 */
@Component
public class RebuildGate {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	RebuildGate(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/**
	 * In a live projection transaction, before it writes: admits it, or throws
	 * {@link ReadModelsRebuildingException} while a rebuild runs on any replica.
	 */
	void admitLiveBatch() {
		boolean admitted = jdbc.sql("select pg_try_advisory_xact_lock_shared(:service, :lock)")
			.param("service", AdvisoryLocks.SERVICE)
			.param("lock", AdvisoryLocks.READ_MODELS)
			.query(Boolean.class)
			.single();
		if (!admitted) {
			throw new ReadModelsRebuildingException();
		}
	}

	/**
	 * Closes the read models to every live projection in the cluster, once the batches in flight
	 * have committed; empty when a rebuild already runs somewhere.
	 */
	public Optional<Closed> close() {
		Connection connection = null;
		try {
			connection = dataSource.getConnection();
			connection.setAutoCommit(true);
			if (!lock(connection, "select pg_try_advisory_lock(?, ?)", AdvisoryLocks.REBUILD)) {
				connection.close();
				return Optional.empty();
			}
			lock(connection, "select pg_advisory_lock(?, ?) is not null", AdvisoryLocks.READ_MODELS);
			return Optional.of(new Closed(connection));
		}
		catch (SQLException ex) {
			closeQuietly(connection);
			throw new DataAccessResourceFailureException("Could not take the rebuild locks", ex);
		}
	}

	private static boolean lock(Connection connection, String sql, int lock) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setInt(1, AdvisoryLocks.SERVICE);
			statement.setInt(2, lock);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	private static void closeQuietly(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ignored) {
				// the session ends either way, and its advisory locks with it
			}
		}
	}

	/** The read models closed for a rebuild; closing this opens them again. */
	public static final class Closed implements AutoCloseable {

		private final Connection connection;

		private Closed(Connection connection) {
			this.connection = connection;
		}

		@Override
		public void close() {
			try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock_all()")) {
				unlock.execute();
			}
			catch (SQLException ex) {
				// closing the connection below ends the session's locks too
			}
			finally {
				closeQuietly(connection);
			}
		}

	}

}

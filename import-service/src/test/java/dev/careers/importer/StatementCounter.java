package dev.careers.importer;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts what the service asks of PostgreSQL, by the kind of thread that asks (the upload request,
 * the Kafka listener, anything else: the outbox relay), without changing it: statements as the
 * server runs them (a batch of n counts n, a savepoint and its release count one each), round trips,
 * commits of transactions that ran a statement (an empty one never reaches the server), and the
 * commits that had written something. Only those wait for a WAL flush; a
 * transaction has written when PostgreSQL assigned it a transaction id, which each commit asks
 * ({@code pg_current_xact_id_if_assigned()}, not counted) just before it commits.
 */
final class StatementCounter implements BeanPostProcessor {

	enum Phase {

		UPLOAD, LISTENER, OTHER;

		static Phase ofCurrentThread() {
			String thread = Thread.currentThread().getName();
			if (thread.startsWith("http-nio")) {
				return UPLOAD;
			}
			// spring-kafka names a container's consumer threads "<listener id>-<n>-C-<n>"
			return thread.contains("-C-") ? LISTENER : OTHER;
		}

	}

	enum Count {

		STATEMENTS, ROUND_TRIPS, COMMITS, WRITING_COMMITS, ROLLBACKS

	}

	private final Map<Phase, Map<Count, LongAdder>> counts = new ConcurrentHashMap<>();

	long get(Phase phase, Count count) {
		return counter(phase, count).sum();
	}

	void reset() {
		counts.clear();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)) {
			return new CountingDataSource(dataSource);
		}
		return bean;
	}

	private LongAdder counter(Phase phase, Count count) {
		return counts.computeIfAbsent(phase, any -> new ConcurrentHashMap<>())
			.computeIfAbsent(count, any -> new LongAdder());
	}

	private void add(Count count, long amount) {
		counter(Phase.ofCurrentThread(), count).add(amount);
	}

	private final class CountingDataSource extends DelegatingDataSource {

		CountingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(super.getConnection(username, password));
		}

		private Connection counting(Connection connection) {
			return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
					new ConnectionCounts(connection));
		}

	}

	private final class ConnectionCounts implements InvocationHandler {

		private final Connection connection;

		/** Whether a statement ran since the last commit or rollback. */
		private boolean inTransaction;

		ConnectionCounts(Connection connection) {
			this.connection = connection;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			switch (method.getName()) {
				case "commit" -> {
					if (inTransaction) {
						add(Count.COMMITS, 1);
						if (wroteSomething()) {
							add(Count.WRITING_COMMITS, 1);
						}
					}
					inTransaction = false;
				}
				case "rollback" -> {
					if (args == null) {
						if (inTransaction) {
							add(Count.ROLLBACKS, 1);
							add(Count.ROUND_TRIPS, 1);
						}
						inTransaction = false;
					}
					else {
						add(Count.STATEMENTS, 1);
						add(Count.ROUND_TRIPS, 1);
					}
				}
				case "setSavepoint", "releaseSavepoint" -> {
					inTransaction = true;
					add(Count.STATEMENTS, 1);
					add(Count.ROUND_TRIPS, 1);
				}
				default -> {
				}
			}
			Object result = call(connection, method, args);
			if (result instanceof Statement statement) {
				String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
				Class<?> type = statement instanceof PreparedStatement ? method.getReturnType() : Statement.class;
				return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { type },
						new StatementCounts(this, statement, sql));
			}
			return result;
		}

		private boolean wroteSomething() throws SQLException {
			try (Statement probe = connection.createStatement();
					ResultSet row = probe.executeQuery("SELECT pg_current_xact_id_if_assigned() IS NOT NULL")) {
				return row.next() && row.getBoolean(1);
			}
		}

	}

	private final class StatementCounts implements InvocationHandler {

		private final ConnectionCounts connection;

		private final Statement statement;

		private final String preparedSql;

		private int batched;

		StatementCounts(ConnectionCounts connection, Statement statement, String preparedSql) {
			this.connection = connection;
			this.statement = statement;
			this.preparedSql = preparedSql;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			if (name.equals("addBatch")) {
				batched++;
			}
			else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
				executed(batched, preparedSql);
				batched = 0;
			}
			else if (name.startsWith("execute")) {
				executed(1, args != null && args.length > 0 && args[0] instanceof String sql ? sql : preparedSql);
			}
			return call(statement, method, args);
		}

		private void executed(int statements, String sql) throws SQLException {
			add(Count.STATEMENTS, statements);
			add(Count.ROUND_TRIPS, 1);
			if (connection.connection.getAutoCommit()) {
				add(Count.COMMITS, 1);
				if (writes(sql)) {
					add(Count.WRITING_COMMITS, 1);
				}
			}
			else {
				connection.inTransaction = true;
			}
		}

		private static boolean writes(String sql) {
			String text = sql == null ? "" : sql.strip().toUpperCase(Locale.ROOT);
			return !text.startsWith("SELECT") || text.contains("FOR UPDATE");
		}

	}

	private static Object call(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}

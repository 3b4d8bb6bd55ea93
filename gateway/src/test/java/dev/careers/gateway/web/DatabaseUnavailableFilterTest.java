package dev.careers.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseUnavailableFilterTest {

	private static final SQLException BROKEN_PIPE = new SQLException("An I/O error occurred while sending to the backend.",
			"08006");

	private static final SQLException ROLLBACK_ON_EVICTED_CONNECTION = new SQLException("Connection is closed");

	@Test
	void aLostConnectionIsUnreachable() {
		assertThat(DatabaseUnavailableFilter.isDatabaseUnreachable(new RuntimeException(BROKEN_PIPE))).isTrue();
	}

	@Test
	void aFailedRollbackIsJudgedByTheErrorItHides() {
		TransactionSystemException hidingALostConnection = rollbackFailureOver(
				new DataAccessResourceFailureException("select", BROKEN_PIPE));
		TransactionSystemException hidingAQueryMistake = rollbackFailureOver(
				new BadSqlGrammarException("select", "selec 1", new SQLException("syntax error", "42601")));

		assertThat(DatabaseUnavailableFilter.isDatabaseUnreachable(hidingALostConnection)).isTrue();
		assertThat(DatabaseUnavailableFilter.isDatabaseUnreachable(hidingAQueryMistake)).isFalse();
	}

	@Test
	void aMistakeInAQueryIsNot() {
		assertThat(DatabaseUnavailableFilter.isDatabaseUnreachable(
				new BadSqlGrammarException("select", "selec 1", new SQLException("syntax error", "42601"))))
			.isFalse();
	}

	private static TransactionSystemException rollbackFailureOver(RuntimeException applicationException) {
		TransactionSystemException failure = new TransactionSystemException("JDBC rollback failed",
				ROLLBACK_ON_EVICTED_CONNECTION);
		failure.initApplicationException(applicationException);
		return failure;
	}

}

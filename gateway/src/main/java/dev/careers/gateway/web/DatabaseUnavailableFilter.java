package dev.careers.gateway.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with Retry-After, as a problem that says so, when the gateway's own database (sessions,
 * tenants, rate-limit buckets) cannot be reached: the client learns to retry, instead of reading a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	static final String RETRY_AFTER_SECONDS = "5";

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final ProblemResponses problems;

	DatabaseUnavailableFilter(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException ex) {
			if (!isDatabaseUnreachable(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("The gateway's database is unreachable: answered 503 to {} {}: {}", request.getMethod(),
					request.getRequestURI(), ex.getMessage());
			response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
			problems.write(request, response, ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					"The gateway cannot reach its database (sign-in sessions, tenants, rate limits) just now. "
							+ "Retry after " + RETRY_AFTER_SECONDS + " seconds."));
		}
	}

	/**
	 * A lost or refused connection, a timeout: not a mistake in a query, which stays a 500. A rollback
	 * that fails on a connection the pool has already evicted hides the error that broke it, so the
	 * application exception a {@link TransactionSystemException} keeps is looked at too.
	 */
	static boolean isDatabaseUnreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof TransactionSystemException rollbackFailure && rollbackFailure.getApplicationException() != null
					&& isDatabaseUnreachable(rollbackFailure.getApplicationException())) {
				return true;
			}
			if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
					|| cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
					|| cause instanceof SQLException sql && sql.getSQLState() != null
							&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
		}
		return false;
	}

}

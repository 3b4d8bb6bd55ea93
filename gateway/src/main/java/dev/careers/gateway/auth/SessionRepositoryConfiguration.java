package dev.careers.gateway.auth;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Session JDBC as the store of browser sessions, in the gateway's schema, so that every
 * replica reads the sessions any replica opened. Used as a repository only: the gateway keeps its
 * own cookie and never creates an {@code HttpSession}.
 */
@Configuration(proxyBeanMethods = false)
class SessionRepositoryConfiguration {

	@Bean
	JdbcIndexedSessionRepository sessionRepository(JdbcOperations jdbc, PlatformTransactionManager transactions,
			SessionProperties properties) {
		JdbcIndexedSessionRepository repository = new JdbcIndexedSessionRepository(jdbc,
				new TransactionTemplate(transactions));
		// a session is never saved after sign-in, so it lasts this long from sign-in, however it is used
		repository.setDefaultMaxInactiveInterval(properties.ttl());
		SecureRandom random = new SecureRandom();
		// 256 random bits, as the cookie carried before sessions moved to the database
		repository.setSessionIdGenerator(() -> {
			byte[] id = new byte[32];
			random.nextBytes(id);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
		});
		return repository;
	}

}

package dev.careers.gateway.auth;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Browser sessions in the gateway's database (Spring Session JDBC), shared by every gateway
 * replica: a random id in the cookie, the tenant as the session's principal. Sessions end a fixed
 * time after sign-in and survive restarts of any replica. The expired ones are deleted by the
 * repository's own cleanup job.
 */
@Component
class Sessions {

	private static final String TENANT = FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME;

	private final FindByIndexNameSessionRepository<?> repository;

	private final SessionProperties properties;

	Sessions(FindByIndexNameSessionRepository<?> repository, SessionProperties properties) {
		this.repository = repository;
		this.properties = properties;
	}

	/** Starts a session for the tenant and answers its id, the cookie value. */
	String open(String tenant) {
		dropOldestWhenFull(tenant);
		return create(repository, tenant);
	}

	Optional<String> tenantFor(String sessionId) {
		// the repository answers null for an unknown or expired session
		return Optional.ofNullable(repository.findById(sessionId)).map(session -> session.getAttribute(TENANT));
	}

	void close(String sessionId) {
		repository.deleteById(sessionId);
	}

	// one tenant scripting sign-ins can exhaust only its own sessions, never the database
	private void dropOldestWhenFull(String tenant) {
		Map<String, ? extends Session> held = repository.findByPrincipalName(tenant);
		held.values()
			.stream()
			.sorted(Comparator.comparing(Session::getCreationTime))
			.limit(Math.max(0, held.size() - properties.maxPerTenant() + 1))
			.forEach(oldest -> repository.deleteById(oldest.getId()));
	}

	private static <S extends Session> String create(FindByIndexNameSessionRepository<S> repository, String tenant) {
		S session = repository.createSession();
		session.setAttribute(TENANT, tenant);
		repository.save(session);
		return session.getId();
	}

}

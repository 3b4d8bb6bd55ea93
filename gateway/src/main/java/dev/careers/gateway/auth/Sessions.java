package dev.careers.gateway.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * Browser sessions held in this gateway's memory: a random id in the cookie, the tenant here.
 * Sessions end after a fixed time to live and do not survive a restart or span gateway replicas.
 * Only the SHA-256 of an id is kept, so the map itself holds nothing a client could present.
 */
@Component
class Sessions {

	private final Map<String, Session> byIdDigest = new ConcurrentHashMap<>();

	private final SecureRandom random = new SecureRandom();

	private final SessionProperties properties;

	private final Clock clock;

	Sessions(SessionProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/** Starts a session for the tenant and answers its id, the cookie value. */
	synchronized String open(String tenant) {
		Instant now = clock.instant();
		byIdDigest.values().removeIf(session -> session.isExpiredAt(now));
		dropOldestWhenFull(tenant);
		byte[] idBytes = new byte[32];
		random.nextBytes(idBytes);
		String id = Base64.getUrlEncoder().withoutPadding().encodeToString(idBytes);
		byIdDigest.put(digest(id), new Session(tenant, now, now.plus(properties.ttl())));
		return id;
	}

	Optional<String> tenantFor(String sessionId) {
		Session session = byIdDigest.get(digest(sessionId));
		if (session == null || session.isExpiredAt(clock.instant())) {
			return Optional.empty();
		}
		return Optional.of(session.tenant());
	}

	void close(String sessionId) {
		byIdDigest.remove(digest(sessionId));
	}

	// one tenant scripting sign-ins can exhaust only its own sessions, never the gateway's memory
	private void dropOldestWhenFull(String tenant) {
		long held = byIdDigest.values().stream().filter(session -> session.tenant().equals(tenant)).count();
		if (held >= properties.maxPerTenant()) {
			byIdDigest.entrySet()
				.stream()
				.filter(entry -> entry.getValue().tenant().equals(tenant))
				.min(Comparator.comparing(entry -> entry.getValue().openedAt()))
				.ifPresent(oldest -> byIdDigest.remove(oldest.getKey()));
		}
	}

	private static String digest(String sessionId) {
		return HexFormat.of().formatHex(ApiKeys.sha256(sessionId));
	}

	private record Session(String tenant, Instant openedAt, Instant expiresAt) {

		boolean isExpiredAt(Instant instant) {
			return !instant.isBefore(expiresAt);
		}

	}

}

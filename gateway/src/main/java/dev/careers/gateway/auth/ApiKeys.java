package dev.careers.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import dev.careers.gateway.auth.TenantKeys.TenantKey;

/**
 * Resolves an API key to its tenant from the tenants table, read again once the last read is
 * {@code careers.gateway.api-keys.refresh-interval} old: a tenant added to the table is accepted
 * within that time by every replica. When the database cannot be read, the keys last read stay in
 * use. Keys are compared in constant time, by digest, so that neither the position of the first
 * wrong byte nor the key length shows in the response time.
 */
@Component
class ApiKeys implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);

	private final TenantKeys table;

	private final TenantsProperties seed;

	private final ApiKeysProperties properties;

	private final Clock clock;

	private volatile Snapshot snapshot = new Snapshot(List.of(), Instant.MIN);

	ApiKeys(TenantKeys table, TenantsProperties seed, ApiKeysProperties properties, Clock clock) {
		this.table = table;
		this.seed = seed;
		this.properties = properties;
		this.clock = clock;
	}

	/** Seeds the table from {@code careers.tenants} before the gateway takes requests. */
	@Override
	public void run(ApplicationArguments args) {
		table.seed(seed.apiKeysByTenant());
		snapshot = new Snapshot(table.all(), clock.instant());
	}

	Optional<String> tenantFor(String presentedKey) {
		byte[] presented = sha256(presentedKey);
		String match = null;
		for (TenantKey key : current()) {
			if (MessageDigest.isEqual(key.digest(), presented)) {
				match = key.tenant();
			}
		}
		return Optional.ofNullable(match);
	}

	private List<TenantKey> current() {
		Snapshot read = snapshot;
		Instant now = clock.instant();
		if (read.readAt().plus(properties.refreshInterval()).isAfter(now)) {
			return read.keys();
		}
		synchronized (this) {
			if (snapshot != read) {
				return snapshot.keys();
			}
			try {
				snapshot = new Snapshot(table.all(), now);
			}
			catch (DataAccessException ex) {
				// keep signing in the tenants known so far; try again after another interval
				log.warn("Could not read the tenants table, using the keys read at {}: {}", read.readAt(), ex.getMessage());
				snapshot = new Snapshot(read.keys(), now);
			}
			return snapshot.keys();
		}
	}

	static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform provides SHA-256", ex);
		}
	}

	private record Snapshot(List<TenantKey> keys, Instant readAt) {
	}

}

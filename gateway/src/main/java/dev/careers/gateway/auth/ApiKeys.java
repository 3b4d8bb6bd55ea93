package dev.careers.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Resolves an API key to its tenant in constant time: every configured key is compared, by
 * digest so that neither the position of the first wrong byte nor the key length shows in the
 * response time.
 */
@Component
class ApiKeys {

	private final List<TenantKey> keys;

	ApiKeys(TenantsProperties properties) {
		this.keys = properties.apiKeysByTenant()
			.entrySet()
			.stream()
			.map(entry -> new TenantKey(entry.getKey(), sha256(entry.getValue())))
			.toList();
	}

	Optional<String> tenantFor(String presentedKey) {
		byte[] presented = sha256(presentedKey);
		String match = null;
		for (TenantKey key : keys) {
			if (MessageDigest.isEqual(key.digest(), presented)) {
				match = key.tenant();
			}
		}
		return Optional.ofNullable(match);
	}

	static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform provides SHA-256", ex);
		}
	}

	private record TenantKey(String tenant, byte[] digest) {
	}

}

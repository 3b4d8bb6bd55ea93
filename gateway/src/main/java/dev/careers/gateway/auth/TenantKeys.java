package dev.careers.gateway.auth;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The table of tenants and their API keys ({@code tenant_api_keys}), which every replica reads:
 * a tenant added there is accepted without a rollout. Only the SHA-256 of each key is stored.
 */
@Component
class TenantKeys {

	private static final Logger log = LoggerFactory.getLogger(TenantKeys.class);

	private final JdbcClient jdbc;

	TenantKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record TenantKey(String tenant, byte[] digest) {
	}

	List<TenantKey> all() {
		return jdbc.sql("SELECT tenant_id, api_key_sha256 FROM tenant_api_keys")
			.query((row, number) -> new TenantKey(row.getString(1), row.getBytes(2)))
			.list();
	}

	/**
	 * Adds each tenant of the seed that has no key in the table yet, with its key: a tenant whose
	 * keys were changed in the table keeps them, and replicas seeding at once add each key once.
	 */
	void seed(Map<String, String> apiKeysByTenant) {
		apiKeysByTenant.forEach((tenant, apiKey) -> {
			int added = jdbc.sql("""
					INSERT INTO tenant_api_keys (tenant_id, api_key_sha256)
					SELECT :tenant, :digest
					WHERE NOT EXISTS (SELECT 1 FROM tenant_api_keys WHERE tenant_id = :tenant)
					ON CONFLICT (api_key_sha256) DO NOTHING
					""").param("tenant", tenant).param("digest", ApiKeys.sha256(apiKey)).update();
			if (added > 0) {
				log.info("Added tenant {} from the seed (careers.tenants)", tenant);
			}
		});
	}

}

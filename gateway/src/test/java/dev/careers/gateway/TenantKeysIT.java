package dev.careers.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** The tenants table: seeded from careers.tenants, read again every refresh interval by the gateway. */
@TestPropertySource(properties = "careers.gateway.api-keys.refresh-interval=300ms")
class TenantKeysIT extends AbstractGatewayIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSeedsKeysResolveToTheirTenantsAndNearMissesToNone() {
		assertThat(statusWithKey(DEMO_KEY)).isEqualTo(200);
		assertThat(statusWithKey(ACME_KEY)).isEqualTo(200);
		for (String nearMiss : new String[] { "dev-ke", "dev-key0", "DEV-KEY", "", "demo" }) {
			assertThat(statusWithKey(nearMiss)).as(nearMiss).isEqualTo(401);
		}
		assertThat(jdbc.sql("SELECT count(*) FROM tenant_api_keys WHERE api_key_sha256 = sha256(convert_to(:key, 'UTF8'))")
			.param("key", DEMO_KEY)
			.query(Long.class)
			.single()).as("the key is stored as its SHA-256").isEqualTo(1);
	}

	@Test
	void aTenantAddedToTheTableIsAcceptedWithoutARestartAndARemovedKeyIsRefused() {
		assertThat(statusWithKey("globex-key")).isEqualTo(401);

		jdbc.sql("INSERT INTO tenant_api_keys (tenant_id, api_key_sha256) VALUES ('globex', sha256(convert_to('globex-key', 'UTF8')))")
			.update();
		await().atMost(Duration.ofSeconds(10)).until(() -> statusWithKey("globex-key") == 200);
		assertThat(IMPORT_SERVICE.received()).last()
			.satisfies(received -> assertThat(received.header("X-Tenant-Id")).containsExactly("globex"));

		jdbc.sql("DELETE FROM tenant_api_keys WHERE tenant_id = 'globex'").update();
		await().atMost(Duration.ofSeconds(10)).until(() -> statusWithKey("globex-key") == 401);
	}

	private int statusWithKey(String apiKey) {
		return send(request("/api/jobs").header("X-Api-Key", apiKey)).statusCode();
	}

}

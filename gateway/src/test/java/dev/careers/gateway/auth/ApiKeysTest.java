package dev.careers.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class ApiKeysTest {

	private final ApiKeys apiKeys = new ApiKeys(new TenantsProperties(" demo=dev-key , acme=acme-key"));

	@Test
	void eachKeyResolvesToItsTenant() {
		assertThat(apiKeys.tenantFor("dev-key")).hasValue("demo");
		assertThat(apiKeys.tenantFor("acme-key")).hasValue("acme");
	}

	@Test
	void nearMissesResolveToNoTenant() {
		assertThat(apiKeys.tenantFor("dev-ke")).isEmpty();
		assertThat(apiKeys.tenantFor("dev-key ")).isEmpty();
		assertThat(apiKeys.tenantFor("DEV-KEY")).isEmpty();
		assertThat(apiKeys.tenantFor("")).isEmpty();
		assertThat(apiKeys.tenantFor("demo")).isEmpty();
	}

	@Test
	void aKeyGivenToTwoTenantsIsRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new ApiKeys(new TenantsProperties("demo=same-key,acme=same-key")));
	}

	@Test
	void aTenantNamedTwiceIsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> new ApiKeys(new TenantsProperties("demo=one,demo=two")));
	}

}

package dev.careers.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class TenantsPropertiesTest {

	@Test
	void eachTenantOfTheSeedHasItsKey() {
		assertThat(new TenantsProperties(" demo=dev-key , acme=acme-key").apiKeysByTenant())
			.containsExactly(entry("demo", "dev-key"), entry("acme", "acme-key"));
	}

	@Test
	void aKeyGivenToTwoTenantsIsRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new TenantsProperties("demo=same-key,acme=same-key").apiKeysByTenant());
	}

	@Test
	void aTenantNamedTwiceIsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> new TenantsProperties("demo=one,demo=two").apiKeysByTenant());
	}

}

package dev.careers.gateway.auth;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Optional OIDC bearer tokens ({@code careers.gateway.oidc.*}): off unless {@code issuer-uri}
 * ({@code CAREERS_GATEWAY_OIDC_ISSUER_URI}) is set. The tenant is read from the claim named by
 * {@code tenant-claim}; {@code audience}, when set, must be among the token's audiences.
 */
@ConfigurationProperties("careers.gateway.oidc")
@Validated
record OidcProperties(@Nullable URI issuerUri, @DefaultValue("tenant") @NotBlank String tenantClaim,
		@Nullable String audience) {

	boolean enabled() {
		return issuerUri != null && !issuerUri.toString().isBlank();
	}

}

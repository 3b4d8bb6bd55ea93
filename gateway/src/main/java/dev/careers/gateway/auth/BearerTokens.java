package dev.careers.gateway.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Resolves an OIDC access token to the tenant named in one of its claims, after checking its
 * signature against the issuer's published keys, its issuer, its lifetime and, when configured,
 * its audience. Without an issuer configured no token is accepted.
 */
@Component
class BearerTokens {

	private static final Logger log = LoggerFactory.getLogger(BearerTokens.class);

	// the services' tenant id syntax: a claim outside it is refused rather than forwarded
	private static final Pattern TENANT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

	private final OidcProperties properties;

	private final Optional<JwtDecoder> decoder;

	BearerTokens(OidcProperties properties) {
		this.properties = properties;
		this.decoder = properties.enabled() ? Optional.of(decoder(properties)) : Optional.empty();
	}

	Optional<String> tenantFor(String token) {
		return decoder.flatMap(jwtDecoder -> {
			try {
				return Optional.ofNullable(jwtDecoder.decode(token).getClaimAsString(properties.tenantClaim()))
					.filter(tenant -> TENANT_ID.matcher(tenant).matches());
			}
			catch (JwtException ex) {
				log.debug("Refused a bearer token: {}", ex.getClass().getSimpleName());
				return Optional.empty();
			}
		});
	}

	private static JwtDecoder decoder(OidcProperties properties) {
		String issuer = properties.issuerUri().toString();
		// the issuer's metadata and keys are fetched on first use, so the gateway starts while the IdP is away
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>(List.of(new JwtIssuerValidator(issuer)));
		if (properties.audience() != null && !properties.audience().isBlank()) {
			validators.add(new JwtClaimValidator<List<String>>("aud",
					audiences -> audiences != null && audiences.contains(properties.audience())));
		}
		decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(validators));
		return decoder;
	}

}

package dev.careers.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Bearer tokens checked against a real issuer on loopback that publishes its discovery document and keys. */
class BearerTokenIT extends AbstractGatewayIT {

	private static final RSAKey ISSUER_KEY = rsaKey("issuer-key");

	private static final RSAKey FOREIGN_KEY = rsaKey("issuer-key");

	private static final RecordingUpstream ISSUER = RecordingUpstream.start("issuer");

	static {
		String issuer = ISSUER.uri().toString();
		ISSUER.serve("/.well-known/openid-configuration", exchange -> json(exchange,
				"{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/jwks\",\"subject_types_supported\":[\"public\"]}"));
		ISSUER.serve("/jwks", exchange -> json(exchange, new JWKSet(ISSUER_KEY.toPublicJWK()).toString()));
	}

	@DynamicPropertySource
	static void oidcIssuer(DynamicPropertyRegistry registry) {
		registry.add("careers.gateway.oidc.issuer-uri", () -> ISSUER.uri().toString());
		registry.add("careers.gateway.oidc.tenant-claim", () -> "org");
		registry.add("careers.gateway.oidc.audience", () -> "careers-api");
	}

	@Test
	void aValidTokenAuthenticatesTheTenantInItsClaimAndStaysAtTheGateway() {
		HttpResponse<String> response = send(request("/api/applicants").header("Authorization",
				"Bearer " + token(ISSUER_KEY, claims().build())));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(IMPORT_SERVICE.received()).singleElement().satisfies(received -> {
			assertThat(received.header("X-Tenant-Id")).containsExactly("acme");
			assertThat(received.headers()).doesNotContainKey("authorization");
		});
	}

	@Test
	void tokensThatFailAnyCheckAnswerTheSame401() {
		Instant now = Instant.now();
		List<String> refused = List.of(token(FOREIGN_KEY, claims().build()),
				token(ISSUER_KEY, claims().expirationTime(Date.from(now.minus(Duration.ofMinutes(5)))).build()),
				token(ISSUER_KEY, claims().issuer("https://elsewhere.example").build()),
				token(ISSUER_KEY, claims().audience("another-api").build()),
				token(ISSUER_KEY, claims().claim("org", null).build()),
				token(ISSUER_KEY, claims().claim("org", "../demo").build()), "not-a-token");
		String expectedBody = send(request("/api/history/tasks")).body();

		for (String token : refused) {
			HttpResponse<String> response = send(request("/api/history/tasks").header("Authorization", "Bearer " + token));
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.body()).isEqualTo(expectedBody);
		}
		assertThat(HISTORY_SERVICE.received()).isEmpty();
	}

	private static JWTClaimsSet.Builder claims() {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(ISSUER.uri().toString())
			.subject("recruiter-7")
			.audience("careers-api")
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
			.claim("org", "acme");
	}

	private static String token(RSAKey key, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey rsaKey(String keyId) {
		try {
			return new RSAKeyGenerator(2048).keyID(keyId).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void json(HttpExchange exchange, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}

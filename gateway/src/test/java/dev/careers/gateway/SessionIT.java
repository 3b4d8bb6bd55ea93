package dev.careers.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

class SessionIT extends AbstractGatewayIT {

	@Test
	void signingInSetsAnHttpOnlySameSiteStrictCookieThatAuthenticatesTheApi() {
		HttpResponse<String> signIn = signIn(ACME_KEY);

		assertThat(signIn.statusCode()).isEqualTo(200);
		assertThat(signIn.body()).isEqualTo("{\"tenant\":\"acme\"}");
		String setCookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(setCookie).startsWith("CAREERS_SESSION=")
			.contains("; Path=/", "; HttpOnly", "; SameSite=Strict", "; Max-Age=28800")
			.doesNotContain("Secure");
		String cookie = cookieOf(signIn);

		HttpResponse<String> current = send(request("/session").header("Cookie", cookie));
		assertThat(current.statusCode()).isEqualTo(200);
		assertThat(current.body()).isEqualTo("{\"tenant\":\"acme\"}");

		HttpResponse<String> read = send(request("/api/history/stream").header("Cookie", cookie));
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(HISTORY_SERVICE.received()).singleElement().satisfies(received -> {
			assertThat(received.header("X-Tenant-Id")).containsExactly("acme");
			assertThat(received.headers()).doesNotContainKey("cookie");
		});
	}

	@Test
	void aCookieAuthenticatedChangeNeedsTheScriptedRequestHeader() {
		String cookie = cookieOf(signIn(DEMO_KEY));

		HttpResponse<String> forged = send(request("/api/imports").header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"APPLICANTS\"}")));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(IMPORT_SERVICE.received()).isEmpty();

		HttpResponse<String> scripted = send(request("/api/imports").header("Cookie", cookie)
			.header("X-Requested-With", "fetch")
			.POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"APPLICANTS\"}")));
		assertThat(scripted.statusCode()).isEqualTo(200);
		assertThat(IMPORT_SERVICE.received()).singleElement()
			.satisfies(received -> assertThat(received.header("X-Tenant-Id")).containsExactly("demo"));
	}

	@Test
	void signingOutClearsTheCookieAndEndsTheSession() {
		String cookie = cookieOf(signIn(DEMO_KEY));

		HttpResponse<String> signOut = send(request("/session").header("Cookie", cookie)
			.header("X-Requested-With", "fetch")
			.DELETE());

		assertThat(signOut.statusCode()).isEqualTo(204);
		assertThat(signOut.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("CAREERS_SESSION=;")
			.contains("Max-Age=0");
		assertThat(send(request("/session").header("Cookie", cookie)).statusCode()).isEqualTo(401);
		assertThat(send(request("/api/jobs").header("Cookie", cookie)).statusCode()).isEqualTo(401);
		assertThat(IMPORT_SERVICE.received()).isEmpty();
	}

	@Test
	void aWrongKeyOpensNoSessionAndAnswersLikeTheApi() {
		HttpResponse<String> wrong = signIn("not-a-key");
		HttpResponse<String> api = send(request("/api/jobs"));

		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(wrong.body()).isEqualTo(api.body().replace("\"instance\":\"/api/jobs\"", "\"instance\":\"/session\""));
	}

	@Test
	void signingInNeedsTheScriptedRequestHeader() {
		HttpResponse<String> response = send(request("/session").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"apiKey\":\"" + DEMO_KEY + "\"}")));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void anUnknownOrMissingCookieIsUnauthenticated() {
		assertThat(send(request("/session")).statusCode()).isEqualTo(401);
		assertThat(send(request("/session").header("Cookie", "CAREERS_SESSION=forged")).statusCode()).isEqualTo(401);
		assertThat(send(request("/api/history/tasks").header("Cookie", "CAREERS_SESSION=forged")).statusCode())
			.isEqualTo(401);
		assertThat(HISTORY_SERVICE.received()).isEmpty();
	}

	@Test
	void aWrongKeyBesideAValidCookieIsRefused() {
		String cookie = cookieOf(signIn(DEMO_KEY));

		HttpResponse<String> response = send(request("/api/jobs").header("Cookie", cookie).header("X-Api-Key", "wrong"));

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(IMPORT_SERVICE.received()).isEmpty();
	}

	private HttpResponse<String> signIn(String apiKey) {
		return send(request("/session").header("Content-Type", "application/json")
			.header("X-Requested-With", "fetch")
			.POST(HttpRequest.BodyPublishers.ofString("{\"apiKey\":\"" + apiKey + "\"}")));
	}

	private static String cookieOf(HttpResponse<String> signIn) {
		List<HttpCookie> cookies = HttpCookie.parse(signIn.headers().firstValue("Set-Cookie").orElseThrow());
		return cookies.get(0).getName() + "=" + cookies.get(0).getValue();
	}

}

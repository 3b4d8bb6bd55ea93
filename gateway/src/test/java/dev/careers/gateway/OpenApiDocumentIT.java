package dev.careers.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public API's OpenAPI document, as the gateway serves it: a valid OpenAPI 3 document, behind
 * the same credentials as the API, and every operation in it routed to a service (so nothing
 * internal is in it). The services' own tests check it against their controllers.
 */
class OpenApiDocumentIT extends AbstractGatewayIT {

	static final String DOCUMENT = "/api/openapi.json";

	@Test
	void isServedAsJsonToAnAuthenticatedClient() throws IOException {
		HttpResponse<String> response = send(request(DOCUMENT).header("X-Api-Key", DEMO_KEY));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		assertThat(response.body()).isEqualTo(committedDocument());
		assertThat(IMPORT_SERVICE.received()).isEmpty();
		assertThat(HISTORY_SERVICE.received()).isEmpty();
	}

	@Test
	void isNotServedWithoutCredentials() {
		assertThat(send(request(DOCUMENT)).statusCode()).isEqualTo(401);
	}

	@Test
	void validatesAsOpenApi3() throws IOException {
		SwaggerParseResult result = parse();

		assertThat(result.getMessages()).isEmpty();
		assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.");
		assertThat(result.getOpenAPI().getPaths()).isNotEmpty();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("documentedOperations")
	void everyDocumentedOperationIsRoutedToItsServiceAndNoneIsInternal(String method, String template) {
		assertThat(template).startsWith("/api/").doesNotContain("internal").doesNotContain("actuator");
		String path = template.replaceAll("\\{[^}]+}", "1");

		HttpResponse<String> response = send(request(path).header("X-Api-Key", DEMO_KEY)
			.method(method, HttpRequest.BodyPublishers.ofString("{}")));

		assertThat(response.statusCode()).as(method + " " + path).isEqualTo(200);
		RecordingUpstream expected = path.startsWith("/api/history/") ? HISTORY_SERVICE : IMPORT_SERVICE;
		assertThat(expected.received()).singleElement().satisfies(received -> {
			assertThat(received.method()).isEqualTo(method);
			assertThat(received.rawPathAndQuery()).isEqualTo(path);
		});
	}

	static Stream<Arguments> documentedOperations() throws IOException {
		OpenAPI document = parse().getOpenAPI();
		return document.getPaths()
			.entrySet()
			.stream()
			.flatMap(path -> operations(path.getValue()).keySet()
				.stream()
				.map(method -> Arguments.of(method.name(), path.getKey())));
	}

	private static Map<PathItem.HttpMethod, ?> operations(PathItem item) {
		return item.readOperationsMap();
	}

	private static SwaggerParseResult parse() throws IOException {
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		return new OpenAPIV3Parser().readContents(committedDocument(), null, options);
	}

	private static String committedDocument() throws IOException {
		try (InputStream in = OpenApiDocumentIT.class.getResourceAsStream("/static" + DOCUMENT)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}

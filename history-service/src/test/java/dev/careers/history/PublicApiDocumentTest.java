package dev.careers.history;

import java.io.IOException;
import java.util.List;

import dev.careers.testsupport.PublicApiDocument;
import org.junit.jupiter.api.Test;

/** The public API's OpenAPI document, served by the gateway, against this service's controllers. */
class PublicApiDocumentTest {

	@Test
	void everyPublicEndpointIsDocumentedAndNoInternalOneIs() throws IOException {
		PublicApiDocument.assertMatchesControllers("dev.careers.history", List.of("/api/history"));
	}

}

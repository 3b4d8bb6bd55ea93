package dev.careers.importer.documents;

import java.util.UUID;

import dev.careers.support.tenancy.TenantId;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Internal: workers fetch document bytes here. The gateway never routes {@code /internal/**}. */
@RestController
class DocumentContentController {

	private final DocumentStore documents;

	DocumentContentController(DocumentStore documents) {
		this.documents = documents;
	}

	@GetMapping("/internal/documents/{documentId}/content")
	ResponseEntity<StreamingResponseBody> content(TenantId tenant, @PathVariable UUID documentId) {
		return DocumentResponses.stream(documents, tenant, documentId, null);
	}

}

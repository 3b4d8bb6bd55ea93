package dev.careers.importer.documents;

import java.util.UUID;

import org.springframework.stereotype.Component;

/** The absolute URL a worker fetches a document from; it travels in {@code ExtractionRequested}. */
@Component
public class DocumentLinks {

	private final String baseUrl;

	DocumentLinks(DocumentsProperties properties) {
		String base = properties.internalBaseUrl().toString();
		this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	public String contentUrl(UUID documentId) {
		return baseUrl + "/internal/documents/" + documentId + "/content";
	}

}

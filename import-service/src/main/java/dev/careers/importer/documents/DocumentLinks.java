package dev.careers.importer.documents;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The absolute URLs a worker fetches content from (a document, or another internal endpoint); they
 * travel in {@code ExtractionRequested}.
 */
@Component
public class DocumentLinks {

	private final String baseUrl;

	DocumentLinks(DocumentsProperties properties) {
		String base = properties.internalBaseUrl().toString();
		this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	public String contentUrl(UUID documentId) {
		return internalUrl("/internal/documents/" + documentId + "/content");
	}

	/** @param path an internal endpoint's path, starting with {@code /internal/} */
	public String internalUrl(String path) {
		return baseUrl + path;
	}

}

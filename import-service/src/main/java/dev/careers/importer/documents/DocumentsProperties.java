package dev.careers.importer.documents;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** @param internalBaseUrl how workers reach this service's internal endpoints */
@Validated
@ConfigurationProperties("careers.documents")
record DocumentsProperties(URI internalBaseUrl) {

	DocumentsProperties {
		internalBaseUrl = internalBaseUrl == null ? URI.create("http://localhost:8081") : internalBaseUrl;
	}

}

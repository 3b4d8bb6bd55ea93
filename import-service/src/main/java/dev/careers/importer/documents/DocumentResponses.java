package dev.careers.importer.documents;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dev.careers.support.tenancy.NotFoundException;
import dev.careers.support.tenancy.TenantId;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A document's bytes as an HTTP download, streamed from the document store. */
public final class DocumentResponses {

	private DocumentResponses() {
	}

	/** @param downloadName file name to offer a browser */
	public static ResponseEntity<StreamingResponseBody> stream(Documents documents, TenantId tenant,
			UUID documentId, String downloadName) {
		Documents.StoredDocument document = documents.find(tenant, documentId)
			.orElseThrow(() -> new NotFoundException("document"));
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.contentType()))
			.contentLength(document.sizeBytes());
		response.header(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(downloadName, StandardCharsets.UTF_8).build().toString());
		return response.body(out -> documents.copyContent(document, out));
	}

}

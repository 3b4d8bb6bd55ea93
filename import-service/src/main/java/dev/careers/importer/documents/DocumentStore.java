package dev.careers.importer.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.UUID;

import dev.careers.support.tenancy.TenantId;

/**
 * Where document bytes live. Content streams in and out: callers never hold a document, let alone
 * a batch, in memory. The default keeps them in PostgreSQL, in the caller's transaction.
 */
public interface DocumentStore {

	/** Stores {@code content} ({@code sizeBytes} long) and answers the new document's id. */
	UUID store(TenantId tenant, String contentType, long sizeBytes, String sha256, InputStream content);

	Optional<StoredDocument> find(TenantId tenant, UUID documentId);

	/** Copies the content to {@code out}; false when the tenant holds no such document. */
	boolean copyContent(TenantId tenant, UUID documentId, OutputStream out) throws IOException;

	record StoredDocument(UUID id, String contentType, long sizeBytes, String sha256) {
	}

}

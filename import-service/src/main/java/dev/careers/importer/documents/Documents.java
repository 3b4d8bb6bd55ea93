package dev.careers.importer.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import dev.careers.support.documents.DocumentKey;
import dev.careers.support.documents.DocumentStore;
import dev.careers.support.tenancy.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Uploaded documents: the bytes in the {@link DocumentStore} under their tenant and SHA-256, a row
 * in {@code documents} that names them. The object is written first, the row in the caller's
 * transaction: a rolled-back or crashed upload leaves at most an object no row names, which the
 * orphan sweep removes; never a row without its object.
 */
@Component
public class Documents {

	private final DocumentStore store;

	private final JdbcClient jdbc;

	private final Clock clock;

	Documents(DocumentStore store, JdbcClient jdbc, Clock clock) {
		this.store = store;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Stores {@code content} ({@code sizeBytes} long, hashing to {@code sha256}) and answers the new document. */
	public StoredDocument store(TenantId tenant, String contentType, long sizeBytes, String sha256,
			InputStream content) {
		DocumentKey key = new DocumentKey(tenant, sha256);
		try {
			store.put(key, sizeBytes, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Document " + key + " could not be stored", ex);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO documents (id, tenant_id, content_type, size_bytes, sha256, created_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(id, tenant.value(), contentType, sizeBytes, sha256, Timestamp.from(clock.instant()))
			.update();
		return new StoredDocument(id, key, contentType, sizeBytes);
	}

	/**
	 * Stores {@code text} as a UTF-8 object of its own, for a task that reads it (a job's description
	 * as edited); the task's row names its key.
	 */
	public DocumentKey storeText(TenantId tenant, String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		DocumentKey key = DocumentKey.of(tenant, bytes);
		try {
			store.put(key, bytes.length, new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Text " + key + " could not be stored", ex);
		}
		return key;
	}

	public Optional<StoredDocument> find(TenantId tenant, UUID documentId) {
		return jdbc.sql("SELECT id, content_type, size_bytes, sha256 FROM documents WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), documentId)
			.query((row, number) -> new StoredDocument(row.getObject("id", UUID.class),
					new DocumentKey(tenant, row.getString("sha256")), row.getString("content_type"),
					row.getLong("size_bytes")))
			.optional();
	}

	/** Copies the document's bytes from the store to {@code out}. */
	void copyContent(StoredDocument document, OutputStream out) throws IOException {
		try (InputStream content = store.open(document.key())) {
			content.transferTo(out);
		}
	}

	/** @param key where the bytes are; {@code key.sha256()} is the duplicate check within a tenant */
	public record StoredDocument(UUID id, DocumentKey key, String contentType, long sizeBytes) {

		public String sha256() {
			return key.sha256();
		}

	}

}

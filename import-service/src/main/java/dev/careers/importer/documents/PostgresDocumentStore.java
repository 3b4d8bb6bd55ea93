package dev.careers.importer.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import dev.careers.support.tenancy.TenantId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Documents as {@code bytea} rows. The driver streams the content in from the caller's stream
 * (its length is known); reading materialises one document, bounded by the per-file cap. At scale
 * an object store implements {@link DocumentStore} instead.
 */
@Component
class PostgresDocumentStore implements DocumentStore {

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbc;

	private final Clock clock;

	PostgresDocumentStore(JdbcTemplate jdbcTemplate, JdbcClient jdbc, Clock clock) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public UUID store(TenantId tenant, String contentType, long sizeBytes, String sha256, InputStream content) {
		UUID id = UUID.randomUUID();
		jdbcTemplate.update("""
				INSERT INTO documents (id, tenant_id, content_type, size_bytes, sha256, content, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", statement -> {
			statement.setObject(1, id);
			statement.setString(2, tenant.value());
			statement.setString(3, contentType);
			statement.setLong(4, sizeBytes);
			statement.setString(5, sha256);
			statement.setBinaryStream(6, content, sizeBytes);
			statement.setTimestamp(7, Timestamp.from(clock.instant()));
		});
		return id;
	}

	@Override
	public Optional<StoredDocument> find(TenantId tenant, UUID documentId) {
		return jdbc.sql("SELECT id, content_type, size_bytes, sha256 FROM documents WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), documentId)
			.query((row, number) -> new StoredDocument(row.getObject("id", UUID.class), row.getString("content_type"),
					row.getLong("size_bytes"), row.getString("sha256")))
			.optional();
	}

	@Override
	public boolean copyContent(TenantId tenant, UUID documentId, OutputStream out) throws IOException {
		try {
			Boolean found = jdbc.sql("SELECT content FROM documents WHERE tenant_id = ? AND id = ?")
				.params(tenant.value(), documentId)
				.query(rows -> {
					if (!rows.next()) {
						return false;
					}
					try (InputStream content = rows.getBinaryStream(1)) {
						content.transferTo(out);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
					return true;
				});
			return Boolean.TRUE.equals(found);
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

}

package dev.careers.importer.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import dev.careers.support.documents.DocumentKey;
import dev.careers.support.documents.DocumentStore;
import dev.careers.support.tenancy.TenantId;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.stereotype.Component;

/**
 * The one-off move of a database's documents into the document store (ADR 0020), between V6 (keys)
 * and V8 (the {@code bytea} column dropped). Each distinct content of a tenant is written once. An
 * open Extract Skills task read its job's description from an internal endpoint that is gone: the
 * description becomes an object its task names. Writing an object again is harmless, so a move
 * that failed half-way runs again whole.
 */
@Component
class V7__MoveDocumentContentToStore extends BaseJavaMigration {

	private static final int FETCH_ROWS = 16;

	private final DocumentStore store;

	V7__MoveDocumentContentToStore(DocumentStore store) {
		this.store = store;
	}

	@Override
	public void migrate(Context context) throws SQLException, IOException {
		Connection connection = context.getConnection();
		moveDocuments(connection);
		storeOpenDescriptionTasks(connection);
	}

	private void moveDocuments(Connection connection) throws SQLException, IOException {
		try (PreparedStatement select = connection.prepareStatement("""
				SELECT DISTINCT ON (tenant_id, sha256) tenant_id, sha256, size_bytes, content
				FROM documents WHERE content IS NOT NULL""")) {
			select.setFetchSize(FETCH_ROWS);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					DocumentKey key = new DocumentKey(new TenantId(rows.getString("tenant_id")), rows.getString("sha256"));
					try (InputStream content = rows.getBinaryStream("content")) {
						store.put(key, rows.getLong("size_bytes"), content);
					}
				}
			}
		}
	}

	private void storeOpenDescriptionTasks(Connection connection) throws SQLException, IOException {
		try (PreparedStatement select = connection.prepareStatement("""
				SELECT t.id, t.tenant_id, j.description FROM extraction_tasks t
				JOIN jobs j ON j.tenant_id = t.tenant_id AND j.current_task_id = t.id
				WHERE t.status IN ('QUEUED', 'RUNNING') AND t.content_key IS NULL
				  AND t.content_url LIKE '%/internal/jobs/%/description' AND j.description IS NOT NULL""");
				PreparedStatement update = connection
					.prepareStatement("UPDATE extraction_tasks SET content_key = ? WHERE id = ?");
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				byte[] description = rows.getString("description").getBytes(StandardCharsets.UTF_8);
				DocumentKey key = DocumentKey.of(new TenantId(rows.getString("tenant_id")), description);
				store.put(key, description.length, new ByteArrayInputStream(description));
				update.setString(1, key.value());
				update.setObject(2, rows.getObject("id"));
				update.executeUpdate();
			}
		}
	}

}

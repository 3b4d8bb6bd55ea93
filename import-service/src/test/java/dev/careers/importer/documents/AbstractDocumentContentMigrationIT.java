package dev.careers.importer.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.careers.support.documents.DirectoryDocumentStore;
import dev.careers.support.documents.DocumentKey;
import dev.careers.support.documents.DocumentStore;
import dev.careers.support.tenancy.TenantId;
import dev.careers.testsupport.TestInfrastructure;
import dev.careers.testsupport.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V6 to V8 move a database's documents out of PostgreSQL: each {@code bytea} becomes an object of
 * the document store, an open task names its content by key instead of an internal URL (a job's
 * edited description included), and the bytes and URLs leave the database. On a schema of its own,
 * migrated step by step from V5 with the service's own Java migration.
 */
abstract class AbstractDocumentContentMigrationIT {

	private static final TenantId TENANT = new TenantId("t-move");

	private static final String DESCRIPTION = "Backend engineer: Java and PostgreSQL.";

	@TempDir
	Path storeDirectory;

	abstract TestInfrastructure infrastructure();

	@Test
	void documentsOfAV5DatabaseMoveToTheStoreAndTasksNameThemByKey() throws IOException {
		DocumentStore store = new DirectoryDocumentStore(storeDirectory);
		MigratedSchema schema = new MigratedSchema(infrastructure(), "migration", store).migrateTo("5");
		JdbcClient jdbc = schema.jdbc();
		byte[] resume = TestPdfs.resume("Ada Lovelace", "ada@example.com", List.of("Java", "PostgreSQL"));
		DocumentKey resumeKey = DocumentKey.of(TENANT, resume);
		UUID document = insertDocumentAsV5(jdbc, resume, resumeKey.sha256());
		UUID sameContent = insertDocumentAsV5(jdbc, resume, resumeKey.sha256());
		UUID resumeTask = insertTaskAsV5(jdbc, "RESUME", "APPLICANT",
				"http://import-service:8081/internal/documents/" + document + "/content", "application/pdf");
		UUID job = UUID.randomUUID();
		UUID descriptionTask = insertTaskAsV5(jdbc, "JOB_DESCRIPTION", "JOB",
				"http://import-service:8081/internal/jobs/" + job + "/description", "text/plain");
		insertJobAsV5(jdbc, job, descriptionTask);

		schema.migrateTo("latest");

		assertThat(read(store, resumeKey)).isEqualTo(resume);
		assertThat(contentKeyOf(jdbc, resumeTask)).isEqualTo(resumeKey.value());
		DocumentKey descriptionKey = DocumentKey.parse(contentKeyOf(jdbc, descriptionTask));
		assertThat(new String(read(store, descriptionKey), StandardCharsets.UTF_8)).isEqualTo(DESCRIPTION);
		assertThat(jdbc.sql("SELECT sha256 FROM documents WHERE id IN (?, ?)")
			.params(document, sameContent)
			.query(String.class)
			.list()).containsOnly(resumeKey.sha256()).hasSize(2);
		assertThat(columnsOf(jdbc, schema.name(), "documents")).contains("sha256").doesNotContain("content");
		assertThat(columnsOf(jdbc, schema.name(), "extraction_tasks")).contains("content_key").doesNotContain("content_url");
	}

	/** A document as V5's PostgresDocumentStore wrote it: the bytes in {@code content}. */
	private static UUID insertDocumentAsV5(JdbcClient jdbc, byte[] content, String sha256) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO documents (id, tenant_id, content_type, size_bytes, sha256, content, created_at)
				VALUES (?, ?, 'application/pdf', ?, ?, ?, ?)""")
			.params(id, TENANT.value(), content.length, sha256, content, Timestamp.from(Instant.now()))
			.update();
		return id;
	}

	private static UUID insertTaskAsV5(JdbcClient jdbc, String kind, String recordKind, String contentUrl,
			String contentType) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO extraction_tasks (id, tenant_id, task_number, kind, record_kind, record_id, attempt,
				    status, created_at, source_name, content_url, content_type)
				VALUES (?, ?, ?, ?, ?, ?, 1, 'QUEUED', ?, 'source', ?, ?)""")
			.params(id, TENANT.value(), Math.abs(id.getMostSignificantBits() % 1_000_000), kind, recordKind,
					UUID.randomUUID(), Timestamp.from(Instant.now()), contentUrl, contentType)
			.update();
		return id;
	}

	private static void insertJobAsV5(JdbcClient jdbc, UUID job, UUID currentTask) {
		jdbc.sql("""
				INSERT INTO jobs (id, tenant_id, source_url, description, current_task_id, created_at, updated_at)
				VALUES (?, ?, 'https://jobs.example.com/1', ?, ?, now(), now())""")
			.params(job, TENANT.value(), DESCRIPTION, currentTask)
			.update();
	}

	private static String contentKeyOf(JdbcClient jdbc, UUID task) {
		return jdbc.sql("SELECT content_key FROM extraction_tasks WHERE id = ?").param(task).query(String.class).single();
	}

	private static List<String> columnsOf(JdbcClient jdbc, String schema, String table) {
		return jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ?")
			.params(schema, table)
			.query(String.class)
			.list();
	}

	private static byte[] read(DocumentStore store, DocumentKey key) {
		try (InputStream content = store.open(key)) {
			return content.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

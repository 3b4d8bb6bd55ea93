package dev.careers.importer.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.careers.support.documents.DirectoryDocumentStore;
import dev.careers.support.documents.DocumentKey;
import dev.careers.support.documents.DocumentStore;
import dev.careers.support.tenancy.TenantId;
import dev.careers.testsupport.TestInfrastructure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The orphan sweep on a real database and a real directory store: an object that neither a
 * document nor a task names goes once it is older than the grace period, and nothing else does.
 */
abstract class AbstractOrphanSweepIT {

	private static final TenantId TENANT = new TenantId("t-sweep");

	private static final Duration GRACE = Duration.ofHours(1);

	@TempDir
	Path storeDirectory;

	private DocumentStore store;

	private JdbcClient jdbc;

	abstract TestInfrastructure infrastructure();

	@BeforeEach
	void migratedSchemaAndStore() throws IOException {
		store = new DirectoryDocumentStore(storeDirectory);
		jdbc = new MigratedSchema(infrastructure(), "sweep", store).migrateTo("latest").jdbc();
	}

	@Test
	void anObjectNoRowNamesGoesAfterTheGracePeriodAndNamedOnesStay() throws IOException {
		DocumentKey ofDocument = put("a resume with its row");
		DocumentKey ofTask = put("a job description its task reads");
		DocumentKey orphan = put("an upload whose transaction rolled back");
		insertDocument(ofDocument);
		insertTask(ofTask);

		int removed = sweepAt(Instant.now().plus(GRACE).plusSeconds(60));

		assertThat(removed).isEqualTo(1);
		assertThat(store.lastModified(orphan)).isEmpty();
		assertThat(store.lastModified(ofDocument)).isPresent();
		assertThat(store.lastModified(ofTask)).isPresent();
	}

	@Test
	void anOrphanYoungerThanTheGracePeriodStays() throws IOException {
		DocumentKey inFlight = put("an upload whose row is not committed yet");

		assertThat(sweepAt(Instant.now())).isZero();
		assertThat(store.lastModified(inFlight)).isPresent();
	}

	@Test
	void aPartialWriteOfAProcessKilledMidWriteGoesAfterTheGracePeriod() throws IOException {
		// what DirectoryDocumentStore.put leaves when SIGKILL lands before its move into place
		Path partial = Files.writeString(storeDirectory.resolve(".incoming").resolve("0123abcd.part"), "half a resu");

		assertThat(sweepAt(Instant.now())).as("a write maybe still under way").isZero();
		assertThat(partial).exists();
		assertThat(sweepAt(Instant.now().plus(GRACE).plusSeconds(60))).isEqualTo(1);
		assertThat(partial).doesNotExist();
	}

	private int sweepAt(Instant now) throws IOException {
		OrphanSweep sweep = new OrphanSweep(store, jdbc, new OrphanProperties(GRACE, Duration.ofMinutes(10)),
				Clock.fixed(now, ZoneOffset.UTC), new SimpleMeterRegistry());
		return sweep.sweep();
	}

	private DocumentKey put(String text) throws IOException {
		byte[] content = text.getBytes(StandardCharsets.UTF_8);
		DocumentKey key = DocumentKey.of(TENANT, content);
		store.put(key, content.length, new ByteArrayInputStream(content));
		return key;
	}

	private void insertDocument(DocumentKey key) {
		jdbc.sql("""
				INSERT INTO documents (id, tenant_id, content_type, size_bytes, sha256, created_at)
				VALUES (?, ?, 'application/pdf', 1, ?, ?)""")
			.params(UUID.randomUUID(), TENANT.value(), key.sha256(), Timestamp.from(Instant.now()))
			.update();
	}

	private void insertTask(DocumentKey key) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO extraction_tasks (id, tenant_id, task_number, kind, record_kind, record_id, attempt,
				    status, created_at, source_name, content_key, content_type)
				VALUES (?, ?, 1, 'JOB_DESCRIPTION', 'JOB', ?, 1, 'QUEUED', ?, 'job', ?, 'text/plain')""")
			.params(id, TENANT.value(), UUID.randomUUID(), Timestamp.from(Instant.now()), key.value())
			.update();
	}

}

package dev.careers.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import dev.careers.support.documents.DocumentKey;
import dev.careers.support.documents.DocumentStore;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The one test context every integration test class shares (per infrastructure), and a fresh
 * tenant per test: tests keep apart as production tenants do.
 */
@SpringBootTest(classes = ImportServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = TestSettings.PROPERTIES)
abstract class AbstractImportServiceIT {

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DocumentStore documentStore;

	ImportServiceClient client;

	String tenant;

	@BeforeEach
	void newTenant() {
		client = new ImportServiceClient(port);
		tenant = newTenantId();
	}

	/** The bytes the document store holds under {@code contentKey}, as a worker reads them. */
	byte[] stored(String contentKey) {
		try (InputStream content = documentStore.open(DocumentKey.parse(contentKey))) {
			return content.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String newTenantId() {
		return "t-" + UUID.randomUUID().toString().substring(0, 8);
	}

}

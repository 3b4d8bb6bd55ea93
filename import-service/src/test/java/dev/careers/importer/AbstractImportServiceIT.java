package dev.careers.importer;

import java.util.UUID;

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

	ImportServiceClient client;

	String tenant;

	@BeforeEach
	void newTenant() {
		client = new ImportServiceClient(port);
		tenant = newTenantId();
	}

	static String newTenantId() {
		return "t-" + UUID.randomUUID().toString().substring(0, 8);
	}

}

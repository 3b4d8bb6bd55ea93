package dev.careers.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.careers.launcher.Replicas.Replica;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceEnvironmentTest {

	private static final Ports PORTS = new Ports(18080, 18081, 18082, 18083, 19092, 19093, 15432);

	private final LaunchOptions options = LaunchOptions.builder(Path.of("/project"))
		.ports(PORTS)
		.extractionRequestsPartitions(12)
		.tenants("demo=dev-key,acme=acme-key")
		.build();

	private final ServiceEnvironment environment = new ServiceEnvironment(options, "localhost:19092",
			new DatabaseCoordinates("jdbc:postgresql://localhost:15432/careers", "postgres", "secret"),
			new Replicas(Map.of(Service.GATEWAY, List.of(new Replica("gateway", 18080), new Replica("gateway-2", 18090)),
					Service.IMPORT_SERVICE,
					List.of(new Replica("import-service", 18081), new Replica("import-service-2", 18091)),
					Service.HISTORY_SERVICE,
					List.of(new Replica("history-service", 18082), new Replica("history-service-2", 18092)))), null);

	@Test
	void importServiceGetsItsSchemaTheBrokerAndTheDocumentDirectory() {
		Map<String, String> importService = environment.forService(Service.IMPORT_SERVICE, 18081);

		assertThat(importService).containsEntry("SERVER_PORT", "18081")
			.containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "localhost:19092")
			.containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:15432/careers?currentSchema=imports")
			.containsEntry("SPRING_DATASOURCE_USERNAME", "postgres")
			.containsEntry("SPRING_DATASOURCE_PASSWORD", "secret")
			.containsEntry("CAREERS_DOCUMENTS_STORE", "directory")
			.containsEntry("CAREERS_DOCUMENTS_DIRECTORY", options.dataDir().resolve("documents").toString())
			.containsEntry("CAREERS_TOPICS_EXTRACTION_REQUESTS_PARTITIONS", "12")
			.containsEntry("CAREERS_TOPICS_IMPORT_EVENTS_PARTITIONS", "6")
			.containsEntry("CAREERS_TOPICS_EXTRACTION_EVENTS_PARTITIONS", "6");
	}

	@Test
	void onS3ImportServiceAndWorkersGetS3ProxyAndOnlyImportServiceCreatesTheBucket() {
		LaunchOptions onS3 = LaunchOptions.builder(Path.of("/project"))
			.ports(PORTS)
			.documents(LaunchOptions.Documents.S3)
			.s3Port(19000)
			.build();
		ServiceEnvironment s3 = new ServiceEnvironment(onS3, "localhost:19092",
				new DatabaseCoordinates("jdbc:postgresql://localhost:15432/careers", "postgres", "secret"),
				Replicas.of(PORTS, 1), "http://127.0.0.1:19000");

		assertThat(s3.forService(Service.IMPORT_SERVICE, 18081)).containsEntry("CAREERS_DOCUMENTS_STORE", "s3")
			.containsEntry("CAREERS_DOCUMENTS_S3_ENDPOINT", "http://127.0.0.1:19000")
			.containsEntry("CAREERS_DOCUMENTS_S3_BUCKET", "careers-documents")
			.containsEntry("CAREERS_DOCUMENTS_S3_CREATE_BUCKET", "true")
			.containsKeys("CAREERS_DOCUMENTS_S3_ACCESS_KEY", "CAREERS_DOCUMENTS_S3_SECRET_KEY")
			.doesNotContainKey("CAREERS_DOCUMENTS_DIRECTORY");
		assertThat(s3.forService(Service.EXTRACTION_WORKER, 18083)).containsEntry("CAREERS_DOCUMENTS_STORE", "s3")
			.containsEntry("CAREERS_DOCUMENTS_S3_ENDPOINT", "http://127.0.0.1:19000")
			.doesNotContainKey("CAREERS_DOCUMENTS_S3_CREATE_BUCKET");
		assertThat(s3.forService(Service.GATEWAY, 18080)).doesNotContainKey("CAREERS_DOCUMENTS_STORE");
	}

	@Test
	void historyServiceGetsItsOwnSchema() {
		assertThat(environment.forService(Service.HISTORY_SERVICE, 18082))
			.containsEntry("SERVER_PORT", "18082")
			.containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:15432/careers?currentSchema=history");
	}

	@Test
	void workerGetsTheBrokerAndTheDocumentDirectoryButNoDatabase() {
		Map<String, String> worker = environment.forService(Service.EXTRACTION_WORKER, 40123);

		assertThat(worker).containsEntry("SERVER_PORT", "40123")
			.containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "localhost:19092")
			.containsEntry("CAREERS_DOCUMENTS_DIRECTORY", options.dataDir().resolve("documents").toString())
			.doesNotContainKeys("SPRING_DATASOURCE_URL", "CAREERS_TENANTS");
	}

	@Test
	void gatewayGetsItsSchemaTheTenantsSeedAndTheServicesItRoutesTo() {
		Map<String, String> gateway = environment.forService(Service.GATEWAY, 18080);

		assertThat(gateway).containsEntry("SERVER_PORT", "18080")
			.containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:15432/careers?currentSchema=gateway")
			.containsEntry("CAREERS_TENANTS", "demo=dev-key,acme=acme-key")
			.containsEntry("CAREERS_GATEWAY_IMPORT_SERVICE_URL", "http://localhost:18081")
			.containsEntry("CAREERS_GATEWAY_HISTORY_SERVICE_URL", "http://localhost:18082")
			.doesNotContainKeys("SPRING_KAFKA_BOOTSTRAP_SERVERS");
	}

	@Test
	void aGatewayReplicaRoutesToTheServiceReplicasOfItsNumber() {
		assertThat(environment.forService(Service.GATEWAY, 18090, 1)).containsEntry("SERVER_PORT", "18090")
			.containsEntry("CAREERS_GATEWAY_IMPORT_SERVICE_URL", "http://localhost:18091")
			.containsEntry("CAREERS_GATEWAY_HISTORY_SERVICE_URL", "http://localhost:18092");
	}

	@Test
	void anImportServiceReplicaSharesTheDocumentDirectoryOfTheMachine() {
		assertThat(environment.forService(Service.IMPORT_SERVICE, 18091, 1)).containsEntry("SERVER_PORT", "18091")
			.containsEntry("CAREERS_DOCUMENTS_DIRECTORY", options.dataDir().resolve("documents").toString());
	}

	@Test
	void schemaIsAddedToAnExistingQueryString() {
		DatabaseCoordinates external = new DatabaseCoordinates("jdbc:postgresql://db:5432/careers?sslmode=require", "app", "pw");

		assertThat(external.inSchema("history").jdbcUrl())
			.isEqualTo("jdbc:postgresql://db:5432/careers?sslmode=require&currentSchema=history");
	}

}

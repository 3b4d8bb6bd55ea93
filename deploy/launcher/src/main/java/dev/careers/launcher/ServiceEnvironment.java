package dev.careers.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.careers.events.TopicPlan;

/**
 * The environment each service process starts with: where the broker and database are, its port,
 * and the product settings the services share (names as in docs/architecture.md).
 */
final class ServiceEnvironment {

	private final LaunchOptions options;

	private final String kafkaBootstrapServers;

	private final DatabaseCoordinates database;

	private final Replicas replicas;

	private final String s3Endpoint;

	/** @param s3Endpoint S3Proxy's address with {@code --documents s3}, else null */
	ServiceEnvironment(LaunchOptions options, String kafkaBootstrapServers, DatabaseCoordinates database,
			Replicas replicas, String s3Endpoint) {
		this.options = options;
		this.kafkaBootstrapServers = kafkaBootstrapServers;
		this.database = database;
		this.replicas = replicas;
		this.s3Endpoint = s3Endpoint;
	}

	/** The first replica of a service, or a worker. */
	Map<String, String> forService(Service service, int port) {
		return forService(service, port, 0);
	}

	/** Replica {@code replica} (from 0): a gateway routes to the import-service and history-service of its number. */
	Map<String, String> forService(Service service, int port, int replica) {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("SERVER_PORT", String.valueOf(port));
		if (service != Service.GATEWAY) {
			environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
			// services that declare topics then agree with the ones the launcher created
			environment.put("CAREERS_TOPICS_EXTRACTION_REQUESTS_PARTITIONS",
					String.valueOf(options.extractionRequestsPartitions()));
			environment.put("CAREERS_TOPICS_IMPORT_EVENTS_PARTITIONS", String.valueOf(TopicPlan.DEFAULT_PARTITIONS));
			environment.put("CAREERS_TOPICS_EXTRACTION_EVENTS_PARTITIONS",
					String.valueOf(TopicPlan.DEFAULT_PARTITIONS));
		}
		if (service.ownsSchema()) {
			DatabaseCoordinates schema = database.inSchema(service.schema());
			environment.put("SPRING_DATASOURCE_URL", schema.jdbcUrl());
			environment.put("SPRING_DATASOURCE_USERNAME", schema.username());
			environment.put("SPRING_DATASOURCE_PASSWORD", schema.password());
		}
		if (service == Service.IMPORT_SERVICE || service == Service.EXTRACTION_WORKER) {
			// import-service writes documents, workers read them: one directory on this machine, or S3Proxy
			environment.putAll(documentStore(service));
		}
		if (service == Service.GATEWAY) {
			environment.put("CAREERS_TENANTS", options.parsedTenants().setting());
			environment.put("CAREERS_GATEWAY_IMPORT_SERVICE_URL",
					localUrl(replicas.get(Service.IMPORT_SERVICE, replica).port()));
			environment.put("CAREERS_GATEWAY_HISTORY_SERVICE_URL",
					localUrl(replicas.get(Service.HISTORY_SERVICE, replica).port()));
		}
		return environment;
	}

	private Map<String, String> documentStore(Service service) {
		Map<String, String> environment = new LinkedHashMap<>();
		if (options.documents() == LaunchOptions.Documents.DIRECTORY) {
			environment.put("CAREERS_DOCUMENTS_STORE", "directory");
			environment.put("CAREERS_DOCUMENTS_DIRECTORY", documentDirectory(options).toString());
			return environment;
		}
		environment.put("CAREERS_DOCUMENTS_STORE", "s3");
		environment.put("CAREERS_DOCUMENTS_S3_ENDPOINT", s3Endpoint);
		environment.put("CAREERS_DOCUMENTS_S3_BUCKET", S3Proxy.BUCKET);
		environment.put("CAREERS_DOCUMENTS_S3_ACCESS_KEY", S3Proxy.ACCESS_KEY);
		environment.put("CAREERS_DOCUMENTS_S3_SECRET_KEY", S3Proxy.SECRET_KEY);
		if (service == Service.IMPORT_SERVICE) {
			environment.put("CAREERS_DOCUMENTS_S3_CREATE_BUCKET", "true");
		}
		return environment;
	}

	/** Where the directory store keeps the documents: {@code <data>/documents}. */
	static Path documentDirectory(LaunchOptions options) {
		return options.dataDir().resolve("documents");
	}

	static String localUrl(int port) {
		return "http://localhost:" + port;
	}

}

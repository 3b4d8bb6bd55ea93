package dev.careers.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real Kafka broker and a real PostgreSQL for integration tests. Two variants run the same tests:
 * {@link EmbeddedInfrastructure} (in-process KRaft broker, embedded PostgreSQL binaries) everywhere,
 * and {@link ContainerInfrastructure} (Testcontainers) where a Docker engine is available.
 */
public interface TestInfrastructure {

	String kafkaBootstrapServers();

	/** JDBC URL of a database every service under test may share, each in its own schema. */
	String jdbcUrl();

	String username();

	String password();

	/**
	 * Points a Spring Boot service at this infrastructure, its tables in {@code schema} (the
	 * services own their schemas, as in production).
	 */
	default void register(DynamicPropertyRegistry registry, String schema) {
		registry.add("spring.kafka.bootstrap-servers", this::kafkaBootstrapServers);
		registry.add("spring.datasource.url", () -> withSchema(jdbcUrl(), schema));
		registry.add("spring.datasource.username", this::username);
		registry.add("spring.datasource.password", this::password);
	}

	/** Points a service that has no database (worker, gateway) at the broker only. */
	default void registerKafka(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.bootstrap-servers", this::kafkaBootstrapServers);
	}

	static String withSchema(String jdbcUrl, String schema) {
		return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

}

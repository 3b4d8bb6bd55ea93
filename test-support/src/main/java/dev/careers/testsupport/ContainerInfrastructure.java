package dev.careers.testsupport;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The same infrastructure as {@link EmbeddedInfrastructure}, in containers: for machines with a
 * Docker engine. Tests using it are annotated {@code @Testcontainers(disabledWithoutDocker = true)}
 * so they skip cleanly where no engine runs.
 */
public final class ContainerInfrastructure implements TestInfrastructure {

	private static ContainerInfrastructure shared;

	private final PostgreSQLContainer postgres;

	private final KafkaContainer kafka;

	private ContainerInfrastructure(PostgreSQLContainer postgres, KafkaContainer kafka) {
		this.postgres = postgres;
		this.kafka = kafka;
	}

	public static synchronized ContainerInfrastructure shared() {
		if (shared == null) {
			PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine");
			KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
			postgres.start();
			kafka.start();
			shared = new ContainerInfrastructure(postgres, kafka);
		}
		return shared;
	}

	@Override
	public String kafkaBootstrapServers() {
		return kafka.getBootstrapServers();
	}

	@Override
	public String jdbcUrl() {
		return postgres.getJdbcUrl();
	}

	@Override
	public String username() {
		return postgres.getUsername();
	}

	@Override
	public String password() {
		return postgres.getPassword();
	}

}

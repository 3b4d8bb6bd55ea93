package dev.careers.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One in-process KRaft broker and one embedded PostgreSQL (real binaries from Maven Central) per
 * test JVM, started on first use and stopped when the JVM exits. Tests share them and keep apart by
 * using their own tenant ids, as production tenants do.
 */
public final class EmbeddedInfrastructure implements TestInfrastructure {

	private static final int PARTITIONS = 3;

	private static EmbeddedInfrastructure shared;

	private final EmbeddedPostgres postgres;

	private final EmbeddedKafkaKraftBroker kafka;

	private EmbeddedInfrastructure(EmbeddedPostgres postgres, EmbeddedKafkaKraftBroker kafka) {
		this.postgres = postgres;
		this.kafka = kafka;
	}

	public static synchronized EmbeddedInfrastructure shared() {
		if (shared == null) {
			shared = start();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "embedded-infrastructure-stop"));
		}
		return shared;
	}

	private static EmbeddedInfrastructure start() {
		EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
		kafka.brokerProperties(Map.of("auto.create.topics.enable", "true", "num.partitions",
				String.valueOf(PARTITIONS), "group.initial.rebalance.delay.ms", "0"));
		kafka.afterPropertiesSet();
		try {
			return new EmbeddedInfrastructure(EmbeddedPostgres.builder().start(), kafka);
		}
		catch (IOException ex) {
			kafka.destroy();
			throw new UncheckedIOException("Embedded PostgreSQL did not start", ex);
		}
	}

	private void stop() {
		kafka.destroy();
		try {
			postgres.close();
		}
		catch (IOException ex) {
			// the JVM is exiting: nothing left to clean up but the process, which pg_ctl already stopped
		}
	}

	@Override
	public String kafkaBootstrapServers() {
		return kafka.getBrokersAsString();
	}

	@Override
	public String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	@Override
	public String username() {
		return "postgres";
	}

	@Override
	public String password() {
		return "postgres";
	}

}

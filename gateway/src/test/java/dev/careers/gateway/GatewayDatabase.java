package dev.careers.gateway;

import java.util.List;

import org.springframework.test.context.DynamicPropertyRegistry;

import dev.careers.testsupport.EmbeddedInfrastructure;
import dev.careers.testsupport.TestInfrastructure;

/**
 * The gateway's database in tests: the shared embedded PostgreSQL, the gateway's tables in its own
 * schema as in production. Tests keep apart by their tenants and rate settings.
 */
final class GatewayDatabase {

	static final String SCHEMA = "gateway";

	private GatewayDatabase() {
	}

	static void register(DynamicPropertyRegistry registry) {
		EmbeddedInfrastructure.shared().register(registry, SCHEMA);
	}

	/** The same settings as command-line arguments, for a gateway started as its own process. */
	static List<String> arguments() {
		TestInfrastructure database = EmbeddedInfrastructure.shared();
		return List.of("--spring.datasource.url=" + TestInfrastructure.withSchema(database.jdbcUrl(), SCHEMA),
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password());
	}

}

package dev.careers.importer;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.careers.testsupport.TestInfrastructure;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service started on a schema of its own in the shared database, for a test whose broker
 * failures or short timers must not reach the rows of other test classes.
 */
final class ServiceOnOwnSchema {

	private ServiceOnOwnSchema() {
	}

	/** {@code overrides} are {@code key=value} settings. */
	static ConfigurableApplicationContext start(TestInfrastructure infrastructure, String schema,
			String... overrides) {
		Map<String, Object> properties = new LinkedHashMap<>(InfrastructureInitializer.properties(infrastructure));
		properties.put("spring.datasource.url", TestInfrastructure.withSchema(infrastructure.jdbcUrl(), schema));
		properties.put("server.port", 0);
		properties.put("spring.flyway.schemas", schema);
		properties.put("spring.flyway.default-schema", schema);
		properties.put("spring.modulith.events.jdbc.schema", schema);
		properties.put("spring.datasource.hikari.connection-timeout", 2000);
		// the test contexts' document directory, not the default data/documents beside the sources
		properties.put("careers.documents.directory", "target/documents");
		for (String override : overrides) {
			String[] keyAndValue = override.split("=", 2);
			properties.put(keyAndValue[0], keyAndValue[1]);
		}
		String[] args = properties.entrySet()
			.stream()
			.map(property -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(ImportServiceApplication.class).run(args);
	}

	static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

}

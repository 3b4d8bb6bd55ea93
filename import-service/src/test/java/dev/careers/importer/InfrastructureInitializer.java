package dev.careers.importer;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.careers.testsupport.ContainerInfrastructure;
import dev.careers.testsupport.EmbeddedInfrastructure;
import dev.careers.testsupport.TestInfrastructure;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test context at the broker and database. An initializer rather than a
 * {@code @DynamicPropertySource} method, so every integration test class on the same
 * infrastructure shares one cached context instead of starting its own.
 */
abstract class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String SCHEMA = "imports";

	abstract TestInfrastructure infrastructure();

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-infrastructure",
				properties(infrastructure())));
	}

	static Map<String, Object> properties(TestInfrastructure infrastructure) {
		Map<String, Object> properties = new LinkedHashMap<>();
		infrastructure.register((name, value) -> properties.put(name, value.get()), SCHEMA);
		return properties;
	}

	static final class Embedded extends InfrastructureInitializer {

		@Override
		TestInfrastructure infrastructure() {
			return EmbeddedInfrastructure.shared();
		}

	}

	static final class Containers extends InfrastructureInitializer {

		@Override
		TestInfrastructure infrastructure() {
			return ContainerInfrastructure.shared();
		}

	}

}

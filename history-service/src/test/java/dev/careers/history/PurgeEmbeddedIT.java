package dev.careers.history;

import dev.careers.testsupport.EmbeddedInfrastructure;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class PurgeEmbeddedIT extends AbstractPurgeIT {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		EmbeddedInfrastructure.shared().register(registry, "history");
	}

}

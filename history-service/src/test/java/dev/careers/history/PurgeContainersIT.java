package dev.careers.history;

import dev.careers.testsupport.ContainerInfrastructure;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@Testcontainers(disabledWithoutDocker = true)
class PurgeContainersIT extends AbstractPurgeIT {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		ContainerInfrastructure.shared().register(registry, "history");
	}

}

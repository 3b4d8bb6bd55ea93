package dev.careers.worker;

import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.careers.testsupport.ContainerInfrastructure;

@Testcontainers(disabledWithoutDocker = true)
class WorkerConcurrencyContainersIT extends AbstractWorkerConcurrencyIT {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		ContainerInfrastructure.shared().registerKafka(registry);
	}

}

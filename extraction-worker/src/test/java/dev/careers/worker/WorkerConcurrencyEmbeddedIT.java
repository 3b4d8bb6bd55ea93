package dev.careers.worker;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.careers.testsupport.EmbeddedInfrastructure;

class WorkerConcurrencyEmbeddedIT extends AbstractWorkerConcurrencyIT {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		EmbeddedInfrastructure.shared().registerKafka(registry);
	}

}

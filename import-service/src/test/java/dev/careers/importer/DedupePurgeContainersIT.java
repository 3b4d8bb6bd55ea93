package dev.careers.importer;

import dev.careers.testsupport.ContainerInfrastructure;
import dev.careers.testsupport.TestInfrastructure;
import org.testcontainers.junit.jupiter.Testcontainers;

@Testcontainers(disabledWithoutDocker = true)
class DedupePurgeContainersIT extends AbstractDedupePurgeIT {

	@Override
	TestInfrastructure infrastructure() {
		return ContainerInfrastructure.shared();
	}

}

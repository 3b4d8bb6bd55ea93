package dev.careers.importer.documents;

import dev.careers.testsupport.ContainerInfrastructure;
import dev.careers.testsupport.TestInfrastructure;
import org.testcontainers.junit.jupiter.Testcontainers;

@Testcontainers(disabledWithoutDocker = true)
class OrphanSweepContainersIT extends AbstractOrphanSweepIT {

	@Override
	TestInfrastructure infrastructure() {
		return ContainerInfrastructure.shared();
	}

}

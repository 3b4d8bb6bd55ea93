package dev.careers.history;

import dev.careers.testsupport.ContainerInfrastructure;
import dev.careers.testsupport.TestInfrastructure;
import org.testcontainers.junit.jupiter.Testcontainers;

@Testcontainers(disabledWithoutDocker = true)
class ReplicasContainersIT extends AbstractReplicasIT {

	@Override
	protected TestInfrastructure infrastructure() {
		return ContainerInfrastructure.shared();
	}

}

package dev.careers.history;

import dev.careers.testsupport.EmbeddedInfrastructure;
import dev.careers.testsupport.TestInfrastructure;

class ReplicasEmbeddedIT extends AbstractReplicasIT {

	@Override
	protected TestInfrastructure infrastructure() {
		return EmbeddedInfrastructure.shared();
	}

}

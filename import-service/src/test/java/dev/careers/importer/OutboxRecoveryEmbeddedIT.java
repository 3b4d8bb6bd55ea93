package dev.careers.importer;

import dev.careers.testsupport.EmbeddedInfrastructure;
import dev.careers.testsupport.TestInfrastructure;

class OutboxRecoveryEmbeddedIT extends AbstractOutboxRecoveryIT {

	@Override
	TestInfrastructure infrastructure() {
		return EmbeddedInfrastructure.shared();
	}

}

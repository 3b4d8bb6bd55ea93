package dev.careers.importer;

import dev.careers.testsupport.EmbeddedInfrastructure;
import dev.careers.testsupport.TestInfrastructure;

class TaskRequestMigrationEmbeddedIT extends AbstractTaskRequestMigrationIT {

	@Override
	TestInfrastructure infrastructure() {
		return EmbeddedInfrastructure.shared();
	}

}

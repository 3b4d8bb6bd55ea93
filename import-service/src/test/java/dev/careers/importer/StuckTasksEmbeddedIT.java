package dev.careers.importer;

import dev.careers.testsupport.EmbeddedInfrastructure;
import dev.careers.testsupport.TestInfrastructure;

class StuckTasksEmbeddedIT extends AbstractStuckTasksIT {

	@Override
	TestInfrastructure infrastructure() {
		return EmbeddedInfrastructure.shared();
	}

}

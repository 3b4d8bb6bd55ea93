package dev.careers.importer;

import dev.careers.testsupport.EmbeddedInfrastructure;
import dev.careers.testsupport.TestInfrastructure;

class StuckTasksEmbeddedIT extends StuckTasksTest {

	@Override
	TestInfrastructure infrastructure() {
		return EmbeddedInfrastructure.shared();
	}

}

package dev.careers.importer;

import dev.careers.testsupport.EmbeddedInfrastructure;
import dev.careers.testsupport.TestInfrastructure;

class TaskRequestMigrationEmbeddedIT extends TaskRequestMigrationTest {

	@Override
	TestInfrastructure infrastructure() {
		return EmbeddedInfrastructure.shared();
	}

}

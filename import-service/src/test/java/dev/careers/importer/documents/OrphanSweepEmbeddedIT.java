package dev.careers.importer.documents;

import dev.careers.testsupport.EmbeddedInfrastructure;
import dev.careers.testsupport.TestInfrastructure;

class OrphanSweepEmbeddedIT extends AbstractOrphanSweepIT {

	@Override
	TestInfrastructure infrastructure() {
		return EmbeddedInfrastructure.shared();
	}

}

package dev.careers.importer.documents;

import dev.careers.testsupport.EmbeddedInfrastructure;
import dev.careers.testsupport.TestInfrastructure;

class DocumentContentMigrationEmbeddedIT extends AbstractDocumentContentMigrationIT {

	@Override
	TestInfrastructure infrastructure() {
		return EmbeddedInfrastructure.shared();
	}

}

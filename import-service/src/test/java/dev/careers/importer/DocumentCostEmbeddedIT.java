package dev.careers.importer;

import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = InfrastructureInitializer.Embedded.class)
class DocumentCostEmbeddedIT extends AbstractDocumentCostIT {

}

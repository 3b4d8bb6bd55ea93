package dev.careers.importer;

import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.test.context.ContextConfiguration;

@Testcontainers(disabledWithoutDocker = true)
@ContextConfiguration(initializers = InfrastructureInitializer.Containers.class)
class DocumentCostContainersIT extends AbstractDocumentCostIT {

}

package dev.careers.importer;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The feature boundaries of import-service. Features depend downwards only (applicants on imports,
 * tasks, documents and uploads; never the other way), and no feature talks to Kafka itself: events
 * leave through the outbox, and only {@code messaging} configures clients.
 */
class ModuleBoundariesTest {

	private static final String ROOT = "dev.careers.importer";

	private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(ROOT);

	@Test
	void featuresAreFreeOfCycles() {
		slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void genericFeaturesDoNotKnowTheRecordKinds() {
		noClasses().that()
			.resideInAnyPackage(ROOT + ".imports..", ROOT + ".tasks..", ROOT + ".documents..", ROOT + ".uploads..",
					ROOT + ".outbox..", ROOT + ".messaging..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + ".applicants..", ROOT + ".jobs..")
			.check(classes);
	}

	@Test
	void onlyMessagingUsesKafkaClients() {
		noClasses().that()
			.resideOutsideOfPackage(ROOT + ".messaging..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka.core..",
					"org.springframework.kafka.listener..")
			.check(classes);
	}

}

package dev.careers.importer;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

import dev.careers.testsupport.ModuleBoundaries;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The feature boundaries of import-service. Features depend downwards only (applicants on imports,
 * tasks, documents and uploads; never the other way), and no feature talks to Kafka itself: events
 * leave through the outbox, and only {@code messaging} configures clients.
 */
class ModuleBoundariesTest {

	private static final String ROOT = "dev.careers.importer";

	private final JavaClasses classes = ModuleBoundaries.mainClasses(ROOT);

	@Test
	void featuresAreFreeOfCycles() {
		ModuleBoundaries.featuresAreFreeOfCycles(ROOT).check(classes);
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

package dev.careers.history;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

import dev.careers.testsupport.ModuleBoundaries;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layering of the service: the read models (readmodel.importhistory, readmodel.tasks) know only the shared
 * projection and web pieces; messaging feeds them, the stream reads them, replay drives messaging.
 */
class ModuleBoundariesTest {

	private static final String ROOT = "dev.careers.history";

	private final JavaClasses classes = ModuleBoundaries.mainClasses(ROOT);

	@Test
	void featuresAreFreeOfCycles() {
		ModuleBoundaries.featuresAreFreeOfCycles(ROOT).check(classes);
	}

	@Test
	void readModelsKnowNeitherEachOtherNorTheirFeeders() {
		noClasses().that()
			.resideInAPackage(ROOT + ".readmodel.importhistory..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + ".readmodel.tasks..", ROOT + ".messaging..", ROOT + ".stream..", ROOT + ".replay..")
			.check(classes);
		noClasses().that()
			.resideInAPackage(ROOT + ".readmodel.tasks..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + ".readmodel.importhistory..", ROOT + ".messaging..", ROOT + ".stream..",
					ROOT + ".replay..")
			.check(classes);
	}

	@Test
	void sharedPiecesDependOnNoFeature() {
		noClasses().that()
			.resideInAnyPackage(ROOT + ".readmodel", ROOT + ".web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + ".readmodel.importhistory..", ROOT + ".readmodel.tasks..", ROOT + ".messaging..",
					ROOT + ".stream..", ROOT + ".replay..")
			.check(classes);
	}

	@Test
	void theStreamIsFedByCommittedChangesNotByKafka() {
		noClasses().that()
			.resideInAPackage(ROOT + ".stream..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + ".messaging..", "org.apache.kafka..", "org.springframework.kafka..")
			.check(classes);
	}

	@Test
	void onlyMessagingAndReplayTalkToKafka() {
		noClasses().that()
			.resideInAnyPackage(ROOT + ".readmodel..", ROOT + ".web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..")
			.check(classes);
	}

}

package dev.careers.worker;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The worker's layering: messaging (Kafka) drives the pipeline; the pipeline composes the PDF,
 * skills and web page features; the PDF reader knows nothing of any of them, nor of Kafka.
 */
class ExtractionBoundariesTest {

	private static JavaClasses worker;

	@BeforeAll
	static void importWorker() {
		worker = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("dev.careers.worker");
	}

	@Test
	void featuresHaveNoCycles() {
		slices().matching("dev.careers.worker.(*)..").should().beFreeOfCycles().check(worker);
	}

	@Test
	void pdfReadingStandsAlone() {
		noClasses().that()
			.resideInAPackage("..worker.pdf..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..worker.messaging..", "..worker.pipeline..", "..worker.skills..",
					"..worker.webpage..", "org.springframework.kafka..", "org.apache.kafka..", "org.springframework.web..")
			.check(worker);
	}

	@Test
	void wordReadingStandsAlone() {
		noClasses().that()
			.resideInAPackage("..worker.word..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..worker.messaging..", "..worker.pipeline..", "..worker.skills..",
					"..worker.webpage..", "..worker.pdf..", "org.springframework.kafka..", "org.apache.kafka..",
					"org.springframework.web..")
			.check(worker);
	}

	@Test
	void thePipelineKnowsNothingOfKafka() {
		noClasses().that()
			.resideInAPackage("..worker.pipeline..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..worker.messaging..", "org.springframework.kafka..", "org.apache.kafka..")
			.check(worker);
	}

	@Test
	void messagingReachesTheFeaturesOnlyThroughThePipeline() {
		noClasses().that()
			.resideInAPackage("..worker.messaging..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..worker.pdf..", "..worker.word..", "..worker.skills..",
					"..worker.webpage..")
			.check(worker);
	}

	@Test
	void onlyMessagingTalksToKafka() {
		noClasses().that()
			.resideOutsideOfPackage("..worker.messaging..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.kafka..", "org.apache.kafka..")
			.check(worker);
	}

}

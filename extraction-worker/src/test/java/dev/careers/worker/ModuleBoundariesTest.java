package dev.careers.worker;

import java.net.Proxy;
import java.net.Socket;
import java.net.SocketAddress;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.careers.testsupport.ModuleBoundaries;
import dev.careers.worker.webpage.fetching.PinnedConnection;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The worker's layering: messaging (Kafka) drives the pipeline; the pipeline composes the PDF,
 * Word, skills and web page features; the PDF and Word readers know nothing of any of them, nor of Kafka. Every
 * byte the web page feature fetches goes through the one guarded, pinned connection.
 */
class ModuleBoundariesTest {

	private static final String ROOT = "dev.careers.worker";

	private static JavaClasses worker;

	@BeforeAll
	static void importWorker() {
		worker = ModuleBoundaries.mainClasses(ROOT);
	}

	@Test
	void featuresHaveNoCycles() {
		ModuleBoundaries.featuresAreFreeOfCycles(ROOT).check(worker);
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
			.resideInAnyPackage("..worker.pdf..", "..worker.word..", "..worker.skills..", "..worker.webpage..")
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

	@Test
	void webpageStandsAlone() {
		noClasses().that()
			.resideInAPackage("..worker.webpage..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..worker.messaging..", "..worker.pipeline..", "..worker.pdf..", "..worker.skills..")
			.check(worker);
	}

	@Test
	void fetchingKnowsNothingOfPostings() {
		noClasses().that()
			.resideInAPackage("..worker.webpage.fetching..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..worker.webpage.posting..")
			.check(worker);
	}

	@Test
	void noOtherWayToTheNetwork() {
		noClasses().that()
			.resideInAPackage("..worker.webpage..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("java.net.URL")
			.orShould()
			.dependOnClassesThat()
			.resideInAnyPackage("java.net.http..", "org.springframework.web.client..", "org.springframework.http..")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("java.net.URLConnection")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.jsoup.Connection")
			.because("a second HTTP client would skip the address checks and the pinning")
			.check(worker);
	}

	@Test
	void onlyThePinnedConnectionConnectsSockets() {
		noClasses().that()
			.resideInAPackage("..worker.webpage..")
			.and()
			.doNotHaveFullyQualifiedName(PinnedConnection.class.getName())
			.and()
			.doNotHaveFullyQualifiedName(PinnedConnection.class.getName() + "$Sockets")
			.should()
			.callMethod(Socket.class, "connect", SocketAddress.class, int.class)
			.orShould()
			.callConstructor(Socket.class, Proxy.class)
			.check(worker);
	}

}

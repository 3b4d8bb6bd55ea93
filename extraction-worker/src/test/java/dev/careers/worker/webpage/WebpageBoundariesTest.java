package dev.careers.worker.webpage;

import java.net.Proxy;
import java.net.Socket;
import java.net.SocketAddress;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import dev.careers.worker.webpage.fetching.PinnedConnection;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Every byte the webpage feature fetches goes through the one guarded, pinned connection. */
class WebpageBoundariesTest {

	private final JavaClasses webpage = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.careers.worker.webpage");

	@Test
	void noOtherWayToTheNetwork() {
		noClasses().should()
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
			.check(webpage);
	}

	@Test
	void onlyThePinnedConnectionConnectsSockets() {
		noClasses().that()
			.doNotHaveSimpleName("PinnedConnection")
			.and()
			.doNotHaveFullyQualifiedName(PinnedConnection.class.getName() + "$Sockets")
			.should()
			.callMethod(Socket.class, "connect", SocketAddress.class, int.class)
			.orShould()
			.callConstructor(Socket.class, Proxy.class)
			.check(webpage);
	}

	@Test
	void webpageStandsAlone() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("..worker.messaging..", "..worker.pipeline..", "..worker.pdf..", "..worker.skills..")
			.check(webpage);
	}

}

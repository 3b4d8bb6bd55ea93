package dev.careers.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The gateway's features and which may use which: web helpers below auth, auth below routing and the rate limit. */
@AnalyzeClasses(packages = "dev.careers.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

	@ArchTest
	static final ArchRule featuresAreFreeOfCycles = slices().matching("dev.careers.gateway.(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule webHelpersKnowNoFeature = noClasses().that()
		.resideInAPackage("dev.careers.gateway.web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.careers.gateway.auth..", "dev.careers.gateway.routing..",
				"dev.careers.gateway.ratelimit..");

	@ArchTest
	static final ArchRule authenticationKnowsNothingOfWhereRequestsGo = noClasses().that()
		.resideInAPackage("dev.careers.gateway.auth..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.careers.gateway.routing..", "dev.careers.gateway.ratelimit..",
				"org.springframework.cloud.gateway..");

	@ArchTest
	static final ArchRule onlyRoutingUsesTheGatewayProxy = noClasses().that()
		.resideOutsideOfPackage("dev.careers.gateway.routing..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.springframework.cloud.gateway..");

}

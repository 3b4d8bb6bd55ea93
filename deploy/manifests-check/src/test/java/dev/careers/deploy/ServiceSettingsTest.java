package dev.careers.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.careers.deploy.OperationsGuide.EnvironmentVariable;

/** The environment table of docs/operations.md against what the services really bind and listen on. */
class ServiceSettingsTest {

	private final OperationsGuide guide = OperationsGuide.read();

	private final Map<String, EnvironmentVariable> documented = guide.environmentVariables();

	@Test
	void everySettingAServiceBindsIsDocumentedForThatService() {
		for (String service : OperationsGuide.SERVICES) {
			for (String variable : new ServiceSources(service).boundEnvironmentVariables()) {
				assertThat(documented).as("%s binds %s: add it to the table of %s", service, variable, OperationsGuide.FILE)
					.containsKey(variable);
				assertThat(documented.get(variable).readBy(service)).as("%s binds %s: list %s as its reader", service, variable, service)
					.isTrue();
				assertThat(documented.get(variable).status()).as(variable).isEqualTo("service");
			}
		}
	}

	@Test
	void everyDocumentedServiceSettingIsBoundByTheServicesItNames() {
		for (EnvironmentVariable variable : documented.values()) {
			if (variable.status().equals("service")) {
				for (String service : variable.services()) {
					Set<String> bound = new ServiceSources(service).boundEnvironmentVariables();
					assertThat(bound).as("%s documents %s for %s, which does not bind it (renamed?)", OperationsGuide.FILE,
							variable.name(), service)
						.contains(variable.name());
				}
			}
		}
	}

	@Test
	void everyRowHasAKnownStatusAndKnownReaders() {
		for (EnvironmentVariable variable : documented.values()) {
			assertThat(variable.status()).as(variable.name()).isIn("spring", "service", "proposed");
			assertThat(OperationsGuide.SERVICES).as(variable.name()).containsAll(variable.services());
			assertThat(variable.name()).matches("[A-Z][A-Z0-9_]*");
		}
	}

	@Test
	void servicesListenOnTheirContractPorts() {
		for (String service : OperationsGuide.SERVICES) {
			assertThat(new ServiceSources(service).property("server.port").integer()).as(service + " server.port")
				.isEqualTo(guide.service(service).port());
		}
	}

	@Test
	void theOperationsGuideAgreesWithTheArchitecturePorts() {
		for (Map<String, String> row : MarkdownTable.under(Repository.text("docs/architecture.md"), "Modules and ports")) {
			String module = MarkdownTable.code(row.get("module"));
			if (OperationsGuide.SERVICES.contains(module)) {
				int port = Integer.parseInt(row.get("port").replaceAll("^(\\d+).*", "$1"));
				assertThat(guide.service(module).port()).as(module).isEqualTo(port);
			}
		}
		assertThat(guide.services().keySet()).containsExactlyElementsOf(OperationsGuide.SERVICES);
	}

}

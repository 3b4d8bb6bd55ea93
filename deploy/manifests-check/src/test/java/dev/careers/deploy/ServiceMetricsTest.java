package dev.careers.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The metrics table of docs/operations.md against the meters the services register. */
class ServiceMetricsTest {

	private final Set<String> documented = OperationsGuide.read()
		.metricNames()
		.stream()
		.filter(name -> name.startsWith("careers_"))
		.collect(Collectors.toCollection(TreeSet::new));

	private final Set<String> registered = OperationsGuide.SERVICES.stream()
		.flatMap(service -> new ServiceSources(service).meterNames().stream())
		.map(ServiceMetricsTest::prometheusBase)
		.collect(Collectors.toCollection(TreeSet::new));

	@Test
	void everyCareersMeterIsDocumented() {
		for (String meter : registered) {
			assertThat(documented).as("%s is registered: document it in %s", meter, OperationsGuide.FILE)
				.anyMatch(name -> isNameOf(name, meter));
		}
	}

	@Test
	void everyDocumentedCareersMetricIsRegistered() {
		for (String name : documented) {
			assertThat(registered).as("%s is documented but no service registers it", name)
				.anyMatch(meter -> isNameOf(name, meter));
		}
	}

	/** Prometheus writes {@code careers.outbox.backlog} as {@code careers_outbox_backlog}, adding a unit or {@code _total}. */
	private static String prometheusBase(String meterName) {
		return meterName.replace('.', '_');
	}

	private static boolean isNameOf(String prometheusName, String meterBase) {
		return prometheusName.equals(meterBase) || prometheusName.matches(meterBase + "_(total|seconds|bytes)");
	}

}

package dev.careers.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.careers.events.Topics;
import org.junit.jupiter.api.Test;

import dev.careers.deploy.OperationsGuide.EnvironmentVariable;
import dev.careers.deploy.OperationsGuide.ServiceContract;

class ComposeFileTest {

	private static final String FILE = "deploy/compose/compose.yaml";

	private static final Pattern SERVICE_URL = Pattern.compile("http://([a-z-]+):(\\d+)");

	private final Map<String, Node> containers = Repository.yaml(FILE).get("services").fields();

	private final OperationsGuide guide = OperationsGuide.read();

	@Test
	void everyServiceRunsInTheStack() {
		assertThat(containers).containsKeys(OperationsGuide.SERVICES.toArray(String[]::new));
	}

	@Test
	void everyServiceListensOnItsContractPort() {
		for (String service : OperationsGuide.SERVICES) {
			assertThat(environment(service).get("SERVER_PORT").text()).as(service + " SERVER_PORT")
				.isEqualTo(String.valueOf(guide.service(service).port()));
		}
		assertThat(containers.get("gateway").get("ports").items()).extracting(Node::text).containsExactly("8080:8080");
	}

	@Test
	void everyServiceIsHealthyOnlyWhenItsReadinessGroupSaysSo() {
		for (String service : OperationsGuide.SERVICES) {
			String check = containers.get(service)
				.at("healthcheck", "test")
				.items()
				.stream()
				.map(Node::text)
				.collect(Collectors.joining(" "));
			assertThat(check).as(service + " health check")
				.contains(guide.service(service).readinessPath())
				.contains("$${SERVER_PORT}")
				.contains(" 200 ");
		}
	}

	@Test
	void servicesSetOnlyVariablesTheOperationsGuideListsForThem() {
		Map<String, EnvironmentVariable> documented = guide.environmentVariables();
		for (String service : OperationsGuide.SERVICES) {
			for (String variable : environment(service).keySet()) {
				assertThat(documented).as("%s sets %s: it must be in the table of %s", service, variable, OperationsGuide.FILE)
					.containsKey(variable);
				assertThat(documented.get(variable).readBy(service))
					.as("%s sets %s, but %s does not list %s as its reader", service, variable, OperationsGuide.FILE, service)
					.isTrue();
				assertThat(documented.get(variable).status()).as("%s sets the unconfirmed %s", service, variable)
					.isNotEqualTo("proposed");
			}
		}
	}

	@Test
	void urlsBetweenServicesUseTheirContractPorts() {
		for (String service : OperationsGuide.SERVICES) {
			environment(service).forEach((variable, value) -> {
				Matcher url = SERVICE_URL.matcher(value.text());
				// other hosts are infrastructure (the document store's MinIO), not one of the four services
				if (url.find() && OperationsGuide.SERVICES.contains(url.group(1))) {
					ServiceContract target = guide.service(url.group(1));
					assertThat(Integer.parseInt(url.group(2))).as("%s %s", service, variable).isEqualTo(target.port());
				}
			});
		}
	}

	@Test
	void servicesStartOnlyOnceWhatTheyCallIsHealthy() {
		for (String service : OperationsGuide.SERVICES) {
			Map<String, Node> dependencies = containers.get(service).get("depends_on").fields();
			dependencies.forEach((dependency, condition) -> {
				String expected = dependency.equals("kafka-init") ? "service_completed_successfully" : "service_healthy";
				assertThat(condition.get("condition").text()).as("%s depends on %s", service, dependency).isEqualTo(expected);
				if (expected.equals("service_healthy")) {
					assertThat(containers.get(dependency).get("healthcheck").isMissing()).as("%s health check", dependency)
						.isFalse();
				}
			});
			Set<String> reachable = transitiveDependencies(service);
			Map<String, Node> environment = environment(service);
			if (environment.containsKey("SPRING_KAFKA_BOOTSTRAP_SERVERS")) {
				assertThat(reachable).as(service + " waits for the topics").contains("kafka-init");
			}
			if (environment.containsKey("SPRING_DATASOURCE_URL")) {
				assertThat(dependencies).as(service + " waits for the database").containsKey("postgres");
			}
			environment.values().forEach(value -> {
				Matcher url = SERVICE_URL.matcher(value.text());
				if (url.find() && !url.group(1).equals(service)) {
					assertThat(dependencies).as("%s calls %s", service, url.group(1)).containsKey(url.group(1));
				}
			});
		}
	}

	@Test
	void everyContainerHasAMemoryLimit() {
		containers.forEach((name, container) -> assertThat(
				container.at("deploy", "resources", "limits", "memory").isMissing())
			.as(name + " memory limit")
			.isFalse());
	}

	@Test
	void servicesComeBackAfterACrash() {
		for (String service : OperationsGuide.SERVICES) {
			assertThat(containers.get(service).get("restart").text()).as(service).isEqualTo("unless-stopped");
		}
	}

	@Test
	void workersScaleWithoutCollidingNamesOrPorts() {
		Node worker = containers.get("extraction-worker");
		assertThat(worker.get("ports").isMissing()).as("a host port would collide at --scale").isTrue();
		containers.forEach((name, container) -> assertThat(container.get("container_name").isMissing())
			.as(name + " container_name")
			.isTrue());
	}

	@Test
	void shutdownOutlastsTheServicesShutdownPhase() {
		for (String service : OperationsGuide.SERVICES) {
			Node override = environment(service).getOrDefault("SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE", new Node(null, service));
			long phase = override.isMissing() ? new ServiceSources(service).shutdownPhaseSeconds() : Durations.seconds(override.text());
			long grace = Durations.seconds(containers.get(service).get("stop_grace_period").text());
			assertThat(grace).as(service + " stop_grace_period").isGreaterThan(phase);
		}
	}

	@Test
	void topicInitCreatesEveryTopicAndItsDeadLetterTopic() {
		String script = containers.get("kafka-init").get("command").items().get(0).text();
		for (String topic : List.of(Topics.IMPORT_EVENTS, Topics.EXTRACTION_REQUESTS, Topics.EXTRACTION_REQUESTS_BULK,
				Topics.EXTRACTION_EVENTS, Topics.APPLICANT_EVENTS)) {
			assertThat(script).contains("create " + topic + " ").contains("create " + Topics.deadLetter(topic) + " ");
		}
		String partitions = containers.get("kafka-init").at("environment", "EXTRACTION_REQUESTS_PARTITIONS").text();
		assertThat(partitions).isEqualTo("${CAREERS_TOPICS_EXTRACTION_REQUESTS_PARTITIONS:-"
				+ guide.environmentVariables().get("CAREERS_TOPICS_EXTRACTION_REQUESTS_PARTITIONS").defaultValue() + "}");
	}

	@Test
	void prometheusAndGrafanaMountTheShippedFiles() {
		for (String container : List.of("prometheus", "grafana")) {
			for (Node volume : containers.get(container).get("volumes").items()) {
				String source = volume.text().split(":")[0];
				assertThat(Files.isDirectory(Repository.path("deploy/compose").resolve(source))).as(volume.text()).isTrue();
			}
		}
		assertThat(containers.get("prometheus").get("command").items()).extracting(Node::text)
			.contains("--config.file=/etc/prometheus/prometheus.yml");
	}

	private Map<String, Node> environment(String service) {
		return containers.get(service).get("environment").fields();
	}

	private Set<String> transitiveDependencies(String service) {
		Set<String> seen = new HashSet<>();
		List<String> pending = new ArrayList<>(List.of(service));
		while (!pending.isEmpty()) {
			String next = pending.remove(pending.size() - 1);
			for (String dependency : containers.get(next).get("depends_on").fields().keySet()) {
				if (seen.add(dependency)) {
					pending.add(dependency);
				}
			}
		}
		return seen;
	}

}

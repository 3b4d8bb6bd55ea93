package dev.careers.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.careers.events.Topics;
import org.junit.jupiter.api.Test;

import dev.careers.deploy.OperationsGuide.EnvironmentVariable;
import dev.careers.deploy.OperationsGuide.ServiceContract;

class KubernetesManifestsTest {

	private static final String BASE = "deploy/k8s/base";

	private static final String SECRET = "careers-secrets";

	private final OperationsGuide guide = OperationsGuide.read();

	private final List<Node> objects = baseObjects();

	@Test
	void everyManifestIsAKubernetesObject() {
		for (Path file : Repository.files("deploy/k8s", ".yaml")) {
			List<Node> documents = Repository.yamlDocuments(file);
			assertThat(documents).as(file.toString()).isNotEmpty();
			for (Node document : documents) {
				assertThat(document.get("apiVersion").isMissing()).as(file + " apiVersion").isFalse();
				assertThat(document.get("kind").isMissing()).as(file + " kind").isFalse();
				if (!document.get("kind").text().equals("Kustomization")) {
					assertThat(document.at("metadata", "name").isMissing()).as(file + " metadata.name").isFalse();
				}
			}
		}
	}

	@Test
	void theKustomizationListsEveryBaseManifest() {
		Set<String> listed = Repository.yaml(BASE + "/kustomization.yaml")
			.get("resources")
			.items()
			.stream()
			.map(Node::text)
			.collect(Collectors.toSet());
		Set<String> present = Repository.files(BASE, ".yaml")
			.stream()
			.map(file -> file.getFileName().toString())
			.filter(name -> !name.equals("kustomization.yaml"))
			.collect(Collectors.toSet());
		assertThat(listed).isEqualTo(present);
	}

	@Test
	void everyServiceRunsAndIsServedOnItsContractPort() {
		for (String service : OperationsGuide.SERVICES) {
			int port = guide.service(service).port();
			Node container = container(service);
			assertThat(container.get("ports").items()).extracting(p -> p.get("containerPort").integer())
				.as(service + " containerPort")
				.containsExactly(port);
			assertThat(literalEnvironment(container)).as(service + " SERVER_PORT").containsEntry("SERVER_PORT", String.valueOf(port));
			Map<String, Node> selector = deployment(service).at("spec", "selector", "matchLabels").fields();
			Map<String, Node> podLabels = deployment(service).at("spec", "template", "metadata", "labels").fields();
			selector.forEach((label, value) -> assertThat(podLabels.get(label)).as(service + " pod label " + label)
				.extracting(Node::value)
				.isEqualTo(value.value()));
			Node serviceObject = object("Service", service);
			assertThat(serviceObject.at("spec", "selector").value()).as(service + " Service selector")
				.isEqualTo(deployment(service).at("spec", "selector", "matchLabels").value());
			for (Node servicePort : serviceObject.at("spec", "ports").items()) {
				assertThat(servicePort.get("port").integer()).as(service + " Service port").isEqualTo(port);
				assertThat(containerPort(container, servicePort.get("targetPort").text())).as(service + " targetPort")
					.isEqualTo(port);
			}
		}
	}

	@Test
	void everyPodAsksPrometheusToScrapeItOnItsMetricsPathAndPort() {
		Node kubernetesScrape = Repository.yaml("deploy/prometheus/prometheus-kubernetes.yml");
		assertThat(kubernetesScrape.get("scrape_configs").items())
			.anySatisfy(job -> assertThat(job.get("kubernetes_sd_configs").items()).extracting(sd -> sd.get("role").text())
				.containsExactly("pod"));
		for (String service : OperationsGuide.SERVICES) {
			ServiceContract contract = guide.service(service);
			Map<String, Node> annotations = deployment(service).at("spec", "template", "metadata", "annotations").fields();
			assertThat(annotations.get("prometheus.io/scrape")).as(service + " scrape").extracting(Node::text).isEqualTo("true");
			assertThat(annotations.get("prometheus.io/path")).as(service + " path")
				.extracting(Node::text)
				.isEqualTo(contract.metricsPath());
			assertThat(annotations.get("prometheus.io/port")).as(service + " port")
				.extracting(Node::text)
				.isEqualTo(String.valueOf(contract.port()));
		}
	}

	@Test
	void probesAskTheHealthGroupsOnTheServicePort() {
		for (String service : OperationsGuide.SERVICES) {
			ServiceContract contract = guide.service(service);
			Node container = container(service);
			assertProbe(container, "readinessProbe", contract.readinessPath(), contract.port());
			assertProbe(container, "livenessProbe", contract.livenessPath(), contract.port());
			assertProbe(container, "startupProbe", contract.livenessPath(), contract.port());
		}
	}

	@Test
	void containersRequestAndCapTheirResources() {
		for (Node container : allContainers()) {
			Node resources = container.get("resources");
			assertThat(resources.at("requests", "cpu").isMissing()).as(container.path() + " cpu request").isFalse();
			assertThat(resources.at("requests", "memory").isMissing()).as(container.path() + " memory request").isFalse();
			// The heap is a share of the limit (MaxRAMPercentage): request what the JVM will take.
			assertThat(resources.at("limits", "memory").text()).as(container.path() + " memory limit")
				.isEqualTo(resources.at("requests", "memory").text());
		}
	}

	@Test
	void servicesSetOnlyVariablesTheOperationsGuideListsForThem() {
		Map<String, EnvironmentVariable> documented = guide.environmentVariables();
		Map<String, Node> configuration = object("ConfigMap", "careers-config").get("data").fields();
		for (String service : OperationsGuide.SERVICES) {
			for (Node variable : container(service).get("env").items()) {
				String name = variable.get("name").text();
				assertThat(documented).as("%s sets %s: it must be in the table of %s", service, name, OperationsGuide.FILE)
					.containsKey(name);
				assertThat(documented.get(name).readBy(service))
					.as("%s sets %s, but %s does not list %s as its reader", service, name, OperationsGuide.FILE, service)
					.isTrue();
				assertThat(documented.get(name).status()).as("%s sets the unconfirmed %s", service, name).isNotEqualTo("proposed");
				Node configMapKey = variable.at("valueFrom", "configMapKeyRef");
				if (!configMapKey.isMissing()) {
					assertThat(configMapKey.get("name").text()).isEqualTo("careers-config");
					// Keys are the variable's name, prefixed with the service's where services differ.
					String key = configMapKey.get("key").text();
					assertThat(key).as(service + " " + name + " key").isIn(name, ServiceSources.environmentName(service) + "_" + name);
					assertThat(configuration).as("careers-config").containsKey(key);
				}
				Node secretKey = variable.at("valueFrom", "secretKeyRef");
				if (!secretKey.isMissing()) {
					assertThat(secretKey.get("name").text()).isEqualTo(SECRET);
					assertThat(secretKey.get("key").text()).as(service + " " + name + " key").isEqualTo(name);
				}
			}
		}
	}

	@Test
	void theDevOverlayGeneratesEverySecretKeyTheServicesRead() {
		Set<String> read = new TreeSet<>();
		for (String service : OperationsGuide.SERVICES) {
			container(service).get("env")
				.items()
				.stream()
				.map(variable -> variable.at("valueFrom", "secretKeyRef", "key"))
				.filter(key -> !key.isMissing())
				.forEach(key -> read.add(key.text()));
		}
		Node generator = Repository.yaml("deploy/k8s/overlays/dev/kustomization.yaml")
			.get("secretGenerator")
			.items()
			.stream()
			.filter(secret -> secret.get("name").text().equals(SECRET))
			.findFirst()
			.orElseThrow();
		Set<String> generated = generator.get("literals")
			.items()
			.stream()
			.map(literal -> literal.text().substring(0, literal.text().indexOf('=')))
			.collect(Collectors.toSet());
		assertThat(generated).isEqualTo(read);
	}

	@Test
	void podsRunAsNonRootWithoutPrivilegeEscalation() {
		for (Node template : podTemplates()) {
			assertThat(template.at("spec", "securityContext", "runAsNonRoot").value()).as(template.path()).isEqualTo(true);
			for (Node container : template.at("spec", "containers").items()) {
				assertThat(container.at("securityContext", "allowPrivilegeEscalation").value()).as(container.path())
					.isEqualTo(false);
			}
		}
	}

	@Test
	void everyServiceHasAPodDisruptionBudget() {
		for (String service : OperationsGuide.SERVICES) {
			Node budget = object("PodDisruptionBudget", service);
			assertThat(budget.at("spec", "selector", "matchLabels").value()).as(service + " budget selector")
				.isEqualTo(deployment(service).at("spec", "selector", "matchLabels").value());
			Node replicas = deployment(service).at("spec", "replicas");
			if (!replicas.isMissing() && replicas.integer() == 1) {
				// minAvailable 1 on one replica would block every node drain.
				assertThat(budget.at("spec", "maxUnavailable").isMissing()).as(service + " maxUnavailable").isFalse();
			}
		}
	}

	@Test
	void theGatewayScalesOnCpuAndLeavesItsReplicasToTheAutoscaler() {
		Node autoscaler = object("HorizontalPodAutoscaler", "gateway");
		assertThat(autoscaler.at("spec", "scaleTargetRef", "kind").text()).isEqualTo("Deployment");
		assertThat(autoscaler.at("spec", "scaleTargetRef", "name").text()).isEqualTo("gateway");
		assertThat(autoscaler.at("spec", "metrics").items()).extracting(metric -> metric.at("resource", "name").text())
			.containsExactly("cpu");
		assertThat(deployment("gateway").at("spec", "replicas").isMissing()).isTrue();
	}

	@Test
	void workersScaleOnTheLagOfBothLanesUpToThePartitionsOverTheirThreads() {
		Node scaledObject = object("ScaledObject", "extraction-worker");
		assertThat(scaledObject.get("apiVersion").text()).isEqualTo("keda.sh/v1alpha1");
		assertThat(scaledObject.at("spec", "scaleTargetRef", "name").text()).isEqualTo("extraction-worker");
		Map<String, Node> configuration = object("ConfigMap", "careers-config").get("data").fields();
		int partitions = documentedInConfigMap(configuration, "CAREERS_TOPICS_EXTRACTION_REQUESTS_PARTITIONS");
		int threads = documentedInConfigMap(configuration, "CAREERS_WORKER_CONCURRENCY");
		assertThat(configMapKey(container("extraction-worker"), "CAREERS_WORKER_CONCURRENCY"))
			.as("the worker takes its threads from the ConfigMap").contains("CAREERS_WORKER_CONCURRENCY");
		assertThat(partitions % threads).as("every thread of the last worker gets a partition").isZero();
		assertThat(scaledObject.at("spec", "maxReplicaCount").integer())
			.as("KEDA lag scaling capped at the partitions over the threads per worker: a thread beyond them idles")
			.isEqualTo(partitions / threads);
		List<Node> triggers = scaledObject.at("spec", "triggers").items();
		assertThat(triggers).extracting(trigger -> trigger.get("type").text()).containsOnly("kafka");
		assertThat(triggers).extracting(trigger -> trigger.at("metadata", "topic").text() + " "
				+ trigger.at("metadata", "consumerGroup").text())
			.containsExactlyInAnyOrder(Topics.EXTRACTION_REQUESTS + " extraction-worker",
					Topics.EXTRACTION_REQUESTS_BULK + " extraction-worker-bulk");
		assertThat(triggers).allSatisfy(trigger -> assertThat(trigger.at("metadata", "bootstrapServers").text())
			.isEqualTo(configuration.get("SPRING_KAFKA_BOOTSTRAP_SERVERS").text()));
		assertThat(deployment("extraction-worker").at("spec", "replicas").isMissing()).isTrue();
	}

	@Test
	void historyServiceRunsSeveralReplicasNoMoreThanItsThreadsCanShareTheEventStreams() {
		Node autoscaler = object("HorizontalPodAutoscaler", "history-service");
		assertThat(autoscaler.at("spec", "scaleTargetRef", "kind").text()).isEqualTo("Deployment");
		assertThat(autoscaler.at("spec", "scaleTargetRef", "name").text()).isEqualTo("history-service");
		assertThat(deployment("history-service").at("spec", "replicas").isMissing())
			.as("replicas come from the autoscaler").isTrue();
		Map<String, Node> configuration = object("ConfigMap", "careers-config").get("data").fields();
		int threads = documentedInConfigMap(configuration, "CAREERS_HISTORY_CONSUMER_CONCURRENCY");
		assertThat(configMapKey(container("history-service"), "CAREERS_HISTORY_CONSUMER_CONCURRENCY"))
			.contains("CAREERS_HISTORY_CONSUMER_CONCURRENCY");
		int streamPartitions = Integer
			.parseInt(guide.environmentVariables().get("CAREERS_TOPICS_EXTRACTION_EVENTS_PARTITIONS").defaultValue());
		assertThat(autoscaler.at("spec", "minReplicas").integer()).as("a replica keeps streaming through a rollout")
			.isGreaterThanOrEqualTo(2);
		assertThat(autoscaler.at("spec", "maxReplicas").integer() * threads)
			.as("history-service consumer threads at most the partitions of the event streams it projects")
			.isLessThanOrEqualTo(streamPartitions);
		assertThat(object("PodDisruptionBudget", "history-service").at("spec", "minAvailable").integer()).isEqualTo(1);
	}

	/** The ConfigMap's value of {@code name}, which must be the documented default. */
	private int documentedInConfigMap(Map<String, Node> configuration, String name) {
		int value = configuration.get(name).integer();
		assertThat(value).as("ConfigMap %s agrees with the documented default", name)
			.isEqualTo(Integer.parseInt(guide.environmentVariables().get(name).defaultValue()));
		return value;
	}

	private static Optional<String> configMapKey(Node container, String variable) {
		return container.get("env")
			.items()
			.stream()
			.filter(env -> env.get("name").text().equals(variable))
			.map(env -> env.at("valueFrom", "configMapKeyRef", "key"))
			.filter(key -> !key.isMissing())
			.map(Node::text)
			.findFirst();
	}

	@Test
	void podsHaveTimeToFinishTheirShutdownPhase() {
		for (String service : OperationsGuide.SERVICES) {
			String override = literalEnvironment(container(service)).get("SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE");
			long phase = (override == null) ? new ServiceSources(service).shutdownPhaseSeconds() : Durations.seconds(override);
			long grace = deployment(service).at("spec", "template", "spec", "terminationGracePeriodSeconds").integer();
			assertThat(grace).as(service + " terminationGracePeriodSeconds").isGreaterThan(phase);
		}
	}

	@Test
	void theTopicJobCreatesEveryTopicAndItsDeadLetterTopic() {
		Node job = object("Job", "careers-topics");
		String script = job.at("spec", "template", "spec", "containers").items().get(0).get("args").items().get(0).text();
		for (String topic : List.of(Topics.IMPORT_EVENTS, Topics.EXTRACTION_REQUESTS, Topics.EXTRACTION_REQUESTS_BULK,
				Topics.EXTRACTION_EVENTS, Topics.APPLICANT_EVENTS)) {
			assertThat(script).contains("create " + topic + " ").contains("create " + Topics.deadLetter(topic) + " ");
		}
	}

	private static List<Node> baseObjects() {
		List<Node> objects = new ArrayList<>();
		for (Path file : Repository.files(BASE, ".yaml")) {
			if (!file.getFileName().toString().equals("kustomization.yaml")) {
				objects.addAll(Repository.yamlDocuments(file));
			}
		}
		return objects;
	}

	private Node object(String kind, String name) {
		return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + BASE));
	}

	private Optional<Node> find(String kind, String name) {
		return objects.stream()
			.filter(object -> object.get("kind").text().equals(kind) && object.at("metadata", "name").text().equals(name))
			.findFirst();
	}

	private Node deployment(String service) {
		return object("Deployment", service);
	}

	private Node container(String service) {
		return deployment(service).at("spec", "template", "spec", "containers")
			.items()
			.stream()
			.filter(container -> container.get("name").text().equals(service))
			.findFirst()
			.orElseThrow(() -> new AssertionError("Deployment " + service + " has no container " + service));
	}

	private List<Node> podTemplates() {
		return objects.stream()
			.filter(object -> Set.of("Deployment", "Job").contains(object.get("kind").text()))
			.map(object -> object.at("spec", "template"))
			.toList();
	}

	private List<Node> allContainers() {
		return podTemplates().stream().flatMap(template -> template.at("spec", "containers").items().stream()).toList();
	}

	private static Map<String, String> literalEnvironment(Node container) {
		return container.get("env")
			.items()
			.stream()
			.filter(variable -> !variable.get("value").isMissing())
			.collect(Collectors.toMap(variable -> variable.get("name").text(), variable -> variable.get("value").text()));
	}

	private static int containerPort(Node container, String port) {
		if (port.chars().allMatch(Character::isDigit)) {
			return Integer.parseInt(port);
		}
		return container.get("ports")
			.items()
			.stream()
			.filter(candidate -> candidate.get("name").text().equals(port))
			.findFirst()
			.orElseThrow(() -> new AssertionError(container.path() + " has no port named " + port))
			.get("containerPort")
			.integer();
	}

	private static void assertProbe(Node container, String probe, String path, int port) {
		Node httpGet = container.at(probe, "httpGet");
		assertThat(httpGet.get("path").text()).as(container.path() + " " + probe).isEqualTo(path);
		assertThat(containerPort(container, httpGet.get("port").text())).as(container.path() + " " + probe + " port")
			.isEqualTo(port);
	}

}

package dev.careers.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import dev.careers.deploy.OperationsGuide.ServiceContract;

class PrometheusConfigTest {

	private static final String DIRECTORY = "deploy/prometheus";

	private final OperationsGuide guide = OperationsGuide.read();

	private final List<Node> alerts = Repository.yaml(DIRECTORY + "/rules.yml")
		.get("groups")
		.items()
		.stream()
		.flatMap(group -> group.get("rules").items().stream())
		.toList();

	@ParameterizedTest
	@ValueSource(strings = { "prometheus.yml", "prometheus-local.yml" })
	void everyServiceIsScrapedOnItsMetricsPathAndPort(String config) {
		Map<String, Node> jobs = jobs(config);
		for (String service : OperationsGuide.SERVICES) {
			ServiceContract contract = guide.service(service);
			Node job = jobs.get(service);
			assertThat(job).as("%s has a job %s", config, service).isNotNull();
			assertThat(job.get("metrics_path").text()).as(config + " " + service).isEqualTo(contract.metricsPath());
			List<Integer> ports = ports(job);
			assertThat(ports).as("%s %s targets", config, service).isNotEmpty();
			// The local launcher gives each extra worker the next port up.
			assertThat(ports.get(0)).as("%s %s port", config, service).isEqualTo(contract.port());
			assertThat(ports).as("%s %s ports", config, service).allMatch(port -> port >= contract.port());
		}
	}

	@Test
	void composeJobsTargetTheComposeServices() {
		Map<String, Node> jobs = jobs("prometheus.yml");
		Map<String, Node> containers = Repository.yaml("deploy/compose/compose.yaml").get("services").fields();
		jobs.forEach((name, job) -> {
			for (String host : hosts(job)) {
				String container = host.equals("localhost") ? "prometheus" : host;
				assertThat(containers).as("job %s targets %s", name, host).containsKey(container);
			}
		});
		assertThat(ports(jobs.get("prometheus"))).containsExactly(9090);
		assertThat(containers.get("prometheus").get("ports").items()).extracting(Node::text).contains("9090:9090");
	}

	@ParameterizedTest
	@ValueSource(strings = { "prometheus.yml", "prometheus-local.yml" })
	void ruleFilesAreShipped(String config) {
		for (Node ruleFile : Repository.yaml(DIRECTORY + "/" + config).get("rule_files").items()) {
			assertThat(Repository.path(DIRECTORY).resolve(ruleFile.text())).as(config).isRegularFile();
		}
	}

	@Test
	void everyAlertHasARunbookInTheOperationsGuide() {
		Set<String> anchors = guide.headingAnchors();
		assertThat(alerts).isNotEmpty();
		for (Node alert : alerts) {
			String name = alert.get("alert").text();
			String runbook = alert.at("annotations", "runbook_url").text();
			assertThat(runbook).as(name).isEqualTo(OperationsGuide.FILE + "#" + name.toLowerCase(Locale.ROOT));
			assertThat(anchors).as("%s has a section %s", OperationsGuide.FILE, name).contains(runbook.substring(runbook.indexOf('#') + 1));
		}
	}

	@Test
	void everyAlertIsUnitTested() {
		Set<String> tested = Repository.yaml(DIRECTORY + "/rules-test.yml")
			.get("tests")
			.items()
			.stream()
			.flatMap(test -> test.get("alert_rule_test").items().stream())
			.filter(test -> !test.get("exp_alerts").items().isEmpty())
			.map(test -> test.get("alertname").text())
			.collect(Collectors.toSet());
		assertThat(tested).containsAll(alerts.stream().map(alert -> alert.get("alert").text()).toList());
	}

	@Test
	void alertsQueryOnlyDocumentedMetricsAndScrapedJobs() {
		Set<String> documented = guide.metricNames();
		Set<String> jobs = jobs("prometheus.yml").keySet();
		for (Node alert : alerts) {
			String query = alert.get("expr").text();
			assertThat(PromQueries.metrics(query)).as(alert.get("alert").text())
				.isNotEmpty()
				.allMatch(metric -> PromQueries.isDocumented(metric, documented), "documented in " + OperationsGuide.FILE);
			assertThat(jobs).as(alert.get("alert").text()).containsAll(PromQueries.jobs(query));
		}
	}

	private static Map<String, Node> jobs(String config) {
		return Repository.yaml(DIRECTORY + "/" + config)
			.get("scrape_configs")
			.items()
			.stream()
			.collect(Collectors.toMap(job -> job.get("job_name").text(), job -> job));
	}

	private static List<String> targets(Node job) {
		List<String> targets = new ArrayList<>();
		job.get("static_configs").items().forEach(config -> config.get("targets").items().forEach(t -> targets.add(t.text())));
		job.get("dns_sd_configs")
			.items()
			.forEach(config -> config.get("names").items().forEach(n -> targets.add(n.text() + ":" + config.get("port").text())));
		for (Node config : job.get("file_sd_configs").items()) {
			for (Node file : config.get("files").items()) {
				targets.addAll(fileTargets(Repository.path(DIRECTORY).resolve(file.text())));
			}
		}
		return targets;
	}

	private static List<String> fileTargets(Path file) {
		assertThat(file).isRegularFile();
		Node groups = new Node(JsonMapper.builder().build().readValue(file.toFile(), List.class), file.toString());
		return groups.items().stream().flatMap(group -> group.get("targets").items().stream()).map(Node::text).toList();
	}

	private static List<Integer> ports(Node job) {
		return targets(job).stream().map(target -> Integer.parseInt(target.substring(target.lastIndexOf(':') + 1))).toList();
	}

	private static Set<String> hosts(Node job) {
		return targets(job).stream().map(target -> target.substring(0, target.lastIndexOf(':'))).collect(Collectors.toSet());
	}

}

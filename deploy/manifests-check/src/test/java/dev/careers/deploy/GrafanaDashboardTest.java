package dev.careers.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class GrafanaDashboardTest {

	private static final String DASHBOARD = "deploy/grafana/dashboards/careers-import.json";

	private final Node dashboard = new Node(
			JsonMapper.builder().build().readValue(Repository.path(DASHBOARD).toFile(), Map.class), DASHBOARD);

	private final List<Node> panels = dashboard.get("panels").items();

	private final List<String> queries = panels.stream()
		.flatMap(panel -> panel.get("targets").items().stream())
		.map(target -> target.get("expr").text())
		.toList();

	@Test
	void everyPanelQueriesTheProvisionedPrometheus() {
		Node dataSource = Repository.yaml("deploy/grafana/provisioning/datasources/prometheus.yml")
			.get("datasources")
			.items()
			.get(0);
		assertThat(dataSource.get("type").text()).isEqualTo("prometheus");
		assertThat(dataSource.get("url").text()).isEqualTo("http://prometheus:9090");
		for (Node panel : panels) {
			assertThat(panel.at("datasource", "uid").text()).as(panel.get("title").text()).isEqualTo(dataSource.get("uid").text());
		}
	}

	@Test
	void theDashboardShowsWhatOperatorsWatch() {
		String all = String.join("\n", queries);
		assertThat(all).as("imports per minute").contains("rate(careers_records_imported_total");
		assertThat(all).as("tasks by outcome").contains("sum by (kind, outcome) (rate(careers_extraction_tasks_total");
		assertThat(all).as("extraction p50")
			.contains("histogram_quantile(0.5, sum by (le, kind) (rate(careers_extraction_duration_seconds_bucket");
		assertThat(all).as("extraction p95")
			.contains("histogram_quantile(0.95, sum by (le, kind) (rate(careers_extraction_duration_seconds_bucket");
		assertThat(all).as("consumer lag")
			.contains("kafka_consumer_fetch_manager_records_lag{job=\"extraction-worker\", topic=\"extraction.requests\"}");
		assertThat(all).as("workers").contains("count(up{job=\"extraction-worker\"} == 1)");
		assertThat(all).as("outbox backlog").contains("careers_outbox_backlog");
		assertThat(all).as("dead letters").contains("careers_dead_letters_total");
	}

	@Test
	void panelsQueryOnlyDocumentedMetricsAndScrapedJobs() {
		Set<String> documented = OperationsGuide.read().metricNames();
		Set<String> jobs = Repository.yaml("deploy/prometheus/prometheus.yml")
			.get("scrape_configs")
			.items()
			.stream()
			.map(job -> job.get("job_name").text())
			.collect(Collectors.toSet());
		for (String query : queries) {
			assertThat(PromQueries.metrics(query)).as(query)
				.isNotEmpty()
				.allMatch(metric -> PromQueries.isDocumented(metric, documented), "documented in " + OperationsGuide.FILE);
			assertThat(jobs).as(query).containsAll(PromQueries.jobs(query));
		}
	}

	@Test
	void panelsHaveUniqueIdsAndFitTheGrid() {
		assertThat(panels).extracting(panel -> panel.get("id").integer()).doesNotHaveDuplicates();
		for (Node panel : panels) {
			Node grid = panel.get("gridPos");
			assertThat(grid.get("x").integer() + grid.get("w").integer()).as(panel.get("title").text()).isLessThanOrEqualTo(24);
		}
	}

	@Test
	void grafanaLoadsTheDashboardFolderThatComposeMounts() {
		String providerPath = Repository.yaml("deploy/grafana/provisioning/dashboards/careers.yml")
			.get("providers")
			.items()
			.get(0)
			.at("options", "path")
			.text();
		List<String> volumes = Repository.yaml("deploy/compose/compose.yaml")
			.at("services", "grafana", "volumes")
			.items()
			.stream()
			.map(Node::text)
			.toList();
		assertThat(volumes).contains("../grafana/dashboards:" + providerPath + ":ro");
		assertThat(dashboard.get("uid").text()).isEqualTo("careers-import");
	}

}

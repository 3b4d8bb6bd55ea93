package dev.careers.deploy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.careers.events.TopicPlan;
import dev.careers.events.TopicPlan.TopicSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topics that compose's kafka-init and Kubernetes' topics job create are the {@link TopicPlan}
 * that the launcher and the services declare: same names, partition counts and retention.
 */
class TopicManifestsTest {

	/** {@code create <topic> <partitions> [--config ...]} lines of the creating scripts. */
	private static final Pattern CREATE = Pattern.compile("(?m)^\\s*create (\\S+) (\\S+)(.*)$");

	/** {@code --config key=value} options of one such line. */
	private static final Pattern CONFIG = Pattern.compile("--config (\\S+)=(\\S+)");

	/** The shell variable that carries {@code CAREERS_TOPICS_EXTRACTION_REQUESTS_PARTITIONS}. */
	private static final String REQUESTS_VARIABLE = "EXTRACTION_REQUESTS_PARTITIONS";

	/** Stands for the variable, so the plan and the manifest can be compared as numbers. */
	private static final int REQUESTS_PARTITIONS = 97;

	@ParameterizedTest
	@ValueSource(strings = { "deploy/compose/compose.yaml", "deploy/k8s/base/topics-job.yaml" })
	void theManifestCreatesTheTopicPlan(String manifest) {
		Map<String, TopicSpec> created = new LinkedHashMap<>();
		Matcher create = CREATE.matcher(Repository.text(manifest));
		while (create.find()) {
			String partitions = create.group(2);
			int count = partitions.contains(REQUESTS_VARIABLE) ? REQUESTS_PARTITIONS : Integer.parseInt(partitions);
			Map<String, String> configs = new LinkedHashMap<>();
			Matcher config = CONFIG.matcher(create.group(3));
			while (config.find()) {
				configs.put(config.group(1), config.group(2));
			}
			created.put(create.group(1), new TopicSpec(create.group(1), count, configs));
		}
		assertThat(created.values()).as(manifest)
			.containsExactlyInAnyOrderElementsOf(TopicPlan.topics(TopicPlan.DEFAULT_PARTITIONS, REQUESTS_PARTITIONS, TopicPlan.DEFAULT_PARTITIONS,
					TopicPlan.DEFAULT_PARTITIONS));
	}

}

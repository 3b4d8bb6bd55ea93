package dev.careers.launcher;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.careers.events.TopicPlan;
import dev.careers.events.TopicPlan.TopicSpec;

import static org.assertj.core.api.Assertions.assertThat;

class TopicProvisionerTest {

	@Test
	void theLauncherCreatesTheTopicPlanOfTheServices() {
		assertThat(TopicProvisioner.plan(TopicPlan.DEFAULT_REQUEST_PARTITIONS))
			.isEqualTo(TopicPlan.topics(TopicPlan.DEFAULT_PARTITIONS, TopicPlan.DEFAULT_REQUEST_PARTITIONS,
					TopicPlan.DEFAULT_PARTITIONS, TopicPlan.DEFAULT_PARTITIONS))
			.extracting(TopicSpec::name)
			.containsExactly("import.events", "import.events-dlt", "extraction.requests", "extraction.requests-dlt",
					"extraction.requests.bulk", "extraction.requests.bulk-dlt", "extraction.events", "extraction.events-dlt", "applicant.events", "applicant.events-dlt");
	}

	@Test
	void bothLanesOfExtractionRequestsFollowTheSetting() {
		assertThat(TopicProvisioner.plan(24)).contains(new TopicSpec("extraction.requests", 24, TopicPlan.EVENT_STREAM_CONFIG),
				new TopicSpec("extraction.requests-dlt", 24, Map.of()),
				new TopicSpec("extraction.requests.bulk", 24, TopicPlan.EVENT_STREAM_CONFIG),
				new TopicSpec("extraction.requests.bulk-dlt", 24, Map.of()));
	}

}

package dev.careers.launcher;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.careers.launcher.TopicProvisioner.TopicSpec;

import static org.assertj.core.api.Assertions.assertThat;

class TopicProvisionerTest {

	private static final Map<String, String> FOREVER = Map.of("retention.ms", "-1");

	@Test
	void everyTopicHasADeadLetterTopicWithAsManyPartitions() {
		assertThat(TopicProvisioner.plan(6)).containsExactlyInAnyOrder(new TopicSpec("import.events", 3, FOREVER),
				new TopicSpec("import.events-dlt", 3), new TopicSpec("extraction.requests", 6, FOREVER),
				new TopicSpec("extraction.requests-dlt", 6), new TopicSpec("extraction.events", 3, FOREVER),
				new TopicSpec("extraction.events-dlt", 3), new TopicSpec("applicant.events", 3, FOREVER),
				new TopicSpec("applicant.events-dlt", 3));
	}

	@Test
	void extractionRequestsFollowTheSetting() {
		assertThat(TopicProvisioner.plan(24)).contains(new TopicSpec("extraction.requests", 24, FOREVER),
				new TopicSpec("extraction.requests-dlt", 24));
	}

	@Test
	void theEventStreamsKeepEveryRecordSoTheReadModelsCanBeReplayed() {
		assertThat(TopicProvisioner.plan(6))
			.filteredOn(topic -> !topic.name().endsWith("-dlt"))
			.allSatisfy(topic -> assertThat(topic.configs()).containsEntry("retention.ms", "-1"));
	}

}

package dev.careers.launcher;

import org.junit.jupiter.api.Test;

import dev.careers.launcher.TopicProvisioner.TopicSpec;

import static org.assertj.core.api.Assertions.assertThat;

class TopicProvisionerTest {

	@Test
	void everyTopicHasADeadLetterTopicWithAsManyPartitions() {
		assertThat(TopicProvisioner.plan(6)).containsExactlyInAnyOrder(new TopicSpec("import.events", 3),
				new TopicSpec("import.events-dlt", 3), new TopicSpec("extraction.requests", 6),
				new TopicSpec("extraction.requests-dlt", 6), new TopicSpec("extraction.events", 3),
				new TopicSpec("extraction.events-dlt", 3));
	}

	@Test
	void extractionRequestsFollowTheSetting() {
		assertThat(TopicProvisioner.plan(24)).contains(new TopicSpec("extraction.requests", 24),
				new TopicSpec("extraction.requests-dlt", 24));
	}

}

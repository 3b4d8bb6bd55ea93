package dev.careers.events;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.careers.events.TopicPlan.TopicSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TopicPlanTest {

	private static final Map<String, String> SEVEN_DAYS = Map.of("retention.ms", "604800000");

	@Test
	void everyStreamHasADeadLetterTopicWithAsManyPartitions() {
		assertThat(TopicPlan.topics(6, 12, 4, 3)).containsExactly(new TopicSpec("import.events", 6, SEVEN_DAYS),
				new TopicSpec("import.events-dlt", 6, Map.of()), new TopicSpec("extraction.requests", 12, SEVEN_DAYS),
				new TopicSpec("extraction.requests-dlt", 12, Map.of()),
				new TopicSpec("extraction.requests.bulk", 12, SEVEN_DAYS),
				new TopicSpec("extraction.requests.bulk-dlt", 12, Map.of()), new TopicSpec("extraction.events", 4, SEVEN_DAYS),
				new TopicSpec("extraction.events-dlt", 4, Map.of()), new TopicSpec("applicant.events", 3, SEVEN_DAYS),
				new TopicSpec("applicant.events-dlt", 3, Map.of()));
	}

	@Test
	void theEventStreamsKeepTheirRecordsForAWeekAndTheDeadLettersForTheBrokerDefault() {
		assertThat(TopicPlan.topics(1, 1, 1, 1)).filteredOn(topic -> !topic.name().endsWith(Topics.DEAD_LETTER_SUFFIX))
			.hasSize(5)
			.allSatisfy(topic -> assertThat(topic.configs()).isEqualTo(SEVEN_DAYS));
		assertThat(TopicPlan.topics(1, 1, 1, 1)).filteredOn(topic -> topic.name().endsWith(Topics.DEAD_LETTER_SUFFIX))
			.allSatisfy(topic -> assertThat(topic.configs()).isEmpty());
	}

	@Test
	void aStreamNeedsAPartition() {
		assertThatIllegalArgumentException().isThrownBy(() -> TopicPlan.topics(6, 0, 6, 6))
			.withMessageContaining("extraction.requests");
	}

}

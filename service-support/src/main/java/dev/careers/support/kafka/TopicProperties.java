package dev.careers.support.kafka;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import dev.careers.events.TopicPlan;

/**
 * Partition counts and replication of the {@link TopicPlan}, which every service declares, so
 * whichever starts first creates the same topics. {@code extractionRequestsPartitions} (of both lanes of
 * extraction requests) caps how many worker threads extract in parallel.
 */
@Validated
@ConfigurationProperties("careers.topics")
public record TopicProperties(@Min(1) Integer importEventsPartitions, @Min(1) Integer extractionRequestsPartitions,
		@Min(1) Integer extractionEventsPartitions, @Min(1) Integer applicantEventsPartitions, @Min(1) Short replicas) {

	public TopicProperties {
		importEventsPartitions = importEventsPartitions == null ? TopicPlan.DEFAULT_PARTITIONS : importEventsPartitions;
		extractionRequestsPartitions = extractionRequestsPartitions == null ? TopicPlan.DEFAULT_REQUEST_PARTITIONS
				: extractionRequestsPartitions;
		extractionEventsPartitions = extractionEventsPartitions == null ? TopicPlan.DEFAULT_PARTITIONS
				: extractionEventsPartitions;
		applicantEventsPartitions = applicantEventsPartitions == null ? TopicPlan.DEFAULT_PARTITIONS
				: applicantEventsPartitions;
		replicas = replicas == null ? 1 : replicas;
	}

}

package dev.careers.importer.messaging;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Partition counts of the topics this service creates. {@code extractionRequestsPartitions} caps how
 * many workers can extract in parallel; {@code applicantEventsPartitions} is that of
 * {@code applicant.events}.
 */
@Validated
@ConfigurationProperties("careers.topics")
record TopicsProperties(@Min(1) Integer extractionRequestsPartitions, @Min(1) Integer importEventsPartitions,
		@Min(1) Integer replicas, @Min(1) Integer applicantEventsPartitions) {

	TopicsProperties {
		extractionRequestsPartitions = extractionRequestsPartitions == null ? 6 : extractionRequestsPartitions;
		importEventsPartitions = importEventsPartitions == null ? 6 : importEventsPartitions;
		replicas = replicas == null ? 1 : replicas;
		applicantEventsPartitions = applicantEventsPartitions == null ? 3 : applicantEventsPartitions;
	}

}

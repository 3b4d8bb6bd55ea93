package dev.careers.worker.messaging;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Topics the worker declares when they do not exist yet. The partition count of
 * {@code extraction.requests} caps how many consumers (threads in all workers) share the work.
 */
@Validated
@ConfigurationProperties("careers.topics")
public record TopicProperties(@DefaultValue("6") @Min(1) int extractionRequestsPartitions,
		@DefaultValue("6") @Min(1) int extractionEventsPartitions, @DefaultValue("1") @Min(1) short replicas) {
}

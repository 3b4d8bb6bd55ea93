package dev.careers.history.messaging;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param concurrency consumer threads sharing the partitions of the topics it projects
 * @param retryAttempts redeliveries of a failing record before it goes to its dead-letter topic
 * @param retryInterval first back-off between redeliveries; it doubles on each one
 * @param rebuildWait pause before a batch refused during a rebuild (on any replica) is tried again
 */
@ConfigurationProperties("careers.history.consumer")
@Validated
record ConsumerProperties(@Min(1) @Max(32) @DefaultValue("2") int concurrency,
		@Min(0) @Max(10) @DefaultValue("3") int retryAttempts,
		@NotNull @DurationMin(millis = 1) @DefaultValue("500ms") Duration retryInterval,
		@NotNull @DurationMin(millis = 10) @DefaultValue("2s") Duration rebuildWait) {
}

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
 * @param retention how long an applied event id is kept in {@code processed_events}: the longest
 * time after which Kafka may still deliver the event again (keep the broker's
 * {@code offsets.retention.minutes} at least this long, or a group whose offsets expired reads the
 * topics again from the start)
 * @param purgeInterval how often ids older than that are deleted
 * @param purgeChunk ids deleted per statement, so a purge never holds one long transaction
 */
@ConfigurationProperties("careers.history.dedupe")
@Validated
record DedupeProperties(@NotNull @DurationMin(hours = 1) @DefaultValue("7d") Duration retention,
		@NotNull @DurationMin(seconds = 1) @DefaultValue("10m") Duration purgeInterval,
		@Min(100) @Max(1_000_000) @DefaultValue("10000") int purgeChunk) {
}

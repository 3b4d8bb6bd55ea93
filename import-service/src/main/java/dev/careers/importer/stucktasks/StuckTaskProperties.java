package dev.careers.importer.stucktasks;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When a running task (one a worker picked up) counts as stuck; a queued one never does (ADR 22).
 * The defaults sit well above what a live worker needs between two events: the per-document time
 * cap (60 s) plus a stopping worker's shutdown timeout (90 s), and Kafka's own redelivery after
 * {@code max.poll.interval.ms} (10 min).
 *
 * @param requeueAfter a task with no worker event for this long is requested again, once
 * @param failAfter a re-queued task with no worker event for this long after the re-queue fails as TIMEOUT
 * @param checkInterval how often open tasks are looked at
 */
@Validated
@ConfigurationProperties("careers.tasks.stuck")
record StuckTaskProperties(@NotNull @DurationMin(seconds = 1) @DefaultValue("10m") Duration requeueAfter,
		@NotNull @DurationMin(seconds = 1) @DefaultValue("10m") Duration failAfter,
		@NotNull @DurationMin(millis = 100) @DefaultValue("1m") Duration checkInterval) {
}

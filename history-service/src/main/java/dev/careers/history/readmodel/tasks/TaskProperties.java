package dev.careers.history.readmodel.tasks;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param stallDeadline a queued or running task with no event for this long shows as stalled; the
 * worker's redelivery or its timeout failure is what ends it
 */
@ConfigurationProperties("careers.history.tasks")
@Validated
record TaskProperties(@NotNull @DurationMin(seconds = 1) @DefaultValue("5m") Duration stallDeadline) {
}

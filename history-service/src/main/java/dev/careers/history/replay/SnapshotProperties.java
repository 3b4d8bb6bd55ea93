package dev.careers.history.replay;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param interval how old the snapshot of the read models may grow before a new one is taken: keep
 * it well inside the event topics' retention, since a rebuild needs every record after the snapshot
 * @param checkInterval how often each replica looks whether a snapshot is due (one takes it)
 */
@ConfigurationProperties("careers.history.snapshot")
@Validated
record SnapshotProperties(@NotNull @DurationMin(seconds = 1) @DefaultValue("6h") Duration interval,
		@NotNull @DurationMin(seconds = 1) @DefaultValue("10m") Duration checkInterval) {
}

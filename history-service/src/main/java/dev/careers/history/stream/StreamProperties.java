package dev.careers.history.stream;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param coalesceInterval changes are sent at most this often, each row once with its latest state,
 * so a burst of progress events becomes a few updates per task
 * @param heartbeatInterval how often an idle stream gets a comment line, so proxies keep it open
 * @param replayBufferSize most changed rows sent one by one to a client resuming with
 * {@code Last-Event-ID} (or in one round); past it the client gets a {@code reset} and reloads
 * @param resumeWindow how long the change log keeps a change for clients resuming after it
 * @param connectionTimeout a stream is closed after this long; browsers reconnect and resume
 * @param purgeInterval how often change-log entries older than the resume window are deleted
 */
@ConfigurationProperties("careers.history.stream")
@Validated
record StreamProperties(@NotNull @DurationMin(millis = 10) @DefaultValue("300ms") Duration coalesceInterval,
		@NotNull @DurationMin(seconds = 1) @DefaultValue("15s") Duration heartbeatInterval,
		@Min(1) @Max(100_000) @DefaultValue("2000") int replayBufferSize,
		@NotNull @DurationMin(seconds = 1) @DefaultValue("5m") Duration resumeWindow,
		@NotNull @DurationMin(seconds = 1) @DefaultValue("30m") Duration connectionTimeout,
		@NotNull @DurationMin(seconds = 1) @DefaultValue("1m") Duration purgeInterval) {
}

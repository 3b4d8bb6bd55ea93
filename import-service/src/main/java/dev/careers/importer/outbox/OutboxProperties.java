package dev.careers.importer.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the outbox recovers while running: publications not acknowledged {@code resubmitAfter} after
 * they were written (the broker was down, the send failed) are sent again every
 * {@code resubmitInterval}. On restart every outstanding publication is sent again. Acknowledged
 * publications are deleted together every {@code completionFlushInterval} ({@link BatchedCompletions}).
 */
@Validated
@ConfigurationProperties("careers.outbox")
record OutboxProperties(Duration resubmitAfter, Duration resubmitInterval, Duration completionFlushInterval) {

	static final Duration DEFAULT_COMPLETION_FLUSH_INTERVAL = Duration.ofMillis(50);

	OutboxProperties {
		resubmitAfter = resubmitAfter == null ? Duration.ofMinutes(1) : resubmitAfter;
		resubmitInterval = resubmitInterval == null ? Duration.ofSeconds(30) : resubmitInterval;
		completionFlushInterval = completionFlushInterval == null ? DEFAULT_COMPLETION_FLUSH_INTERVAL
				: completionFlushInterval;
	}

}

package dev.careers.worker.messaging;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the worker runs extraction requests. Consumer threads per lane are Spring's own
 * {@code spring.kafka.listener.concurrency} ({@code CAREERS_WORKER_CONCURRENCY}); the partition count of the
 * request topics ({@code careers.topics.extraction-requests-partitions}) caps them across all workers.
 *
 * @param startedAfter how long a task runs before its ExtractionStarted goes out: a task done sooner sends only its
 * result
 * @param progressInterval at most one ExtractionProgressed per task per interval, the first an interval after the start
 * @param rememberedTasks finished task ids kept to drop redelivered requests without redoing them
 * @param retries retries of a request that failed unexpectedly, before it is dead-lettered
 * @param retryDelay the first back-off between those retries, doubled each time
 * @param sendTimeout how long a result may take to be acknowledged by the broker
 */
@Validated
@ConfigurationProperties("careers.worker.tasks")
public record TaskProperties(@DefaultValue("500ms") @NotNull Duration startedAfter,
		@DefaultValue("500ms") @NotNull Duration progressInterval,
		@DefaultValue("10000") @Min(1) int rememberedTasks, @DefaultValue("3") @Min(0) int retries,
		@DefaultValue("1s") @NotNull Duration retryDelay, @DefaultValue("30s") @NotNull Duration sendTimeout) {
}

package dev.careers.worker.pipeline;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Reading a stored document from the document store. Failures of the store (a disk error, an S3
 * store down or overloaded once the SDK's own retries are spent) are retried with exponential
 * back-off, then the task fails as CONTENT_UNAVAILABLE.
 *
 * @param maxSize objects larger than this fail as TOO_LARGE (the upload cap, with room to spare)
 * @param retries retries after the first attempt
 * @param retryDelay the first back-off, doubled each retry up to {@code maxRetryDelay}
 */
@Validated
@ConfigurationProperties("careers.worker.content")
public record ContentProperties(@DefaultValue("25MB") @NotNull DataSize maxSize,
		@DefaultValue("3") @Min(0) int retries, @DefaultValue("500ms") @NotNull Duration retryDelay,
		@DefaultValue("2") @DecimalMin("1") double retryMultiplier,
		@DefaultValue("5s") @NotNull Duration maxRetryDelay) {
}

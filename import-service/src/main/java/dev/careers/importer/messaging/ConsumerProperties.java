package dev.careers.importer.messaging;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import dev.careers.support.kafka.Retries;

/**
 * @param retryAttempts redeliveries of an extraction event that fails to apply, before it goes to its dead-letter topic
 * @param retryInterval first back-off between redeliveries; it doubles on each one
 */
@ConfigurationProperties("careers.consumer")
@Validated
record ConsumerProperties(@Min(0) @Max(10) @DefaultValue("4") int retryAttempts,
		@NotNull @DurationMin(millis = 1) @DefaultValue("200ms") Duration retryInterval) {

	Retries retries() {
		return new Retries(retryAttempts, retryInterval);
	}

}

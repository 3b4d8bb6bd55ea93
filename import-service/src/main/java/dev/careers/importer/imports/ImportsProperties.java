package dev.careers.importer.imports;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param idleCompletionAfter an open import that received nothing for this long completes itself
 * @param idleCheckInterval how often open imports are checked for idleness
 */
@Validated
@ConfigurationProperties("careers.imports")
record ImportsProperties(Duration idleCompletionAfter, Duration idleCheckInterval) {

	ImportsProperties {
		idleCompletionAfter = idleCompletionAfter == null ? Duration.ofMinutes(30) : idleCompletionAfter;
		idleCheckInterval = idleCheckInterval == null ? Duration.ofMinutes(1) : idleCheckInterval;
	}

}

package dev.careers.support.kafka;

import java.time.Duration;

import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * How often a failing record is retried before it is dead-lettered, and the first pause between
 * tries, which doubles each time.
 */
public record Retries(int attempts, Duration firstInterval) {

	BackOff backOff() {
		ExponentialBackOff backOff = new ExponentialBackOff(firstInterval.toMillis(), 2.0);
		backOff.setMaxAttempts(attempts);
		return backOff;
	}

}

package dev.careers.importer.uploads;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import dev.careers.support.tenancy.TenantId;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;

import org.springframework.stereotype.Component;

/**
 * Per-tenant limits: upload requests in progress at once, and files per minute (a token bucket).
 * A request is admitted while the tenant's bucket holds a token; its files then draw from the
 * bucket even into debt, so a large batch is never cut in half and the next request waits for the
 * refill instead. The limits hold per instance; with N instances a tenant gets N times the rate.
 */
@Component
class UploadThrottle {

	private final UploadProperties properties;

	private final Map<String, Semaphore> inProgress = new ConcurrentHashMap<>();

	private final Map<String, Bucket> files = new ConcurrentHashMap<>();

	UploadThrottle(UploadProperties properties) {
		this.properties = properties;
	}

	Admission admit(TenantId tenant) {
		Bucket bucket = files.computeIfAbsent(tenant.value(), key -> newBucket());
		EstimationProbe probe = bucket.estimateAbilityToConsume(1);
		if (!probe.canBeConsumed()) {
			throw UploadRejected.tooManyRequests("This account uploaded more than " + properties.filesPerMinute()
					+ " files in the last minute. Wait, then send the next batch.",
					Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
		Semaphore slots = inProgress.computeIfAbsent(tenant.value(),
				key -> new Semaphore(properties.concurrentRequestsPerTenant()));
		if (!slots.tryAcquire()) {
			throw UploadRejected.tooManyRequests("This account already has " + properties.concurrentRequestsPerTenant()
					+ " uploads in progress. Wait for one to finish.", Duration.ofSeconds(1));
		}
		return new Admission(bucket, slots);
	}

	private Bucket newBucket() {
		int perMinute = properties.filesPerMinute();
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
			.build();
	}

	/** An admitted request: counts its files, and frees its slot when closed. */
	static final class Admission implements AutoCloseable {

		private final Bucket bucket;

		private final Semaphore slots;

		private Admission(Bucket bucket, Semaphore slots) {
			this.bucket = bucket;
			this.slots = slots;
		}

		void countFile() {
			bucket.consumeIgnoringRateLimits(1);
		}

		@Override
		public void close() {
			slots.release();
		}

	}

}

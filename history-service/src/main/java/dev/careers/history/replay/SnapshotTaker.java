package dev.careers.history.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import dev.careers.history.readmodel.AdvisoryLocks;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.apache.kafka.common.TopicPartition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes the snapshot of the read models that a rebuild starts from once the topics no longer hold
 * their first records. The live projection goes on meanwhile: the offsets the consumer group has
 * committed are read first, then the tables are copied in one repeatable-read transaction, which
 * therefore sees every record before those offsets (and perhaps a few after them, which the replay
 * after a restore skips as already applied). Every replica checks; the one that takes the snapshot
 * lock copies, and never while a rebuild runs.
 */
@Component
class SnapshotTaker {

	private static final Logger log = LoggerFactory.getLogger(SnapshotTaker.class);

	private final ReadModelSnapshots snapshots;

	private final ProjectionOffsets projectionOffsets;

	private final JdbcClient jdbc;

	private final TransactionTemplate repeatableRead;

	private final SnapshotProperties properties;

	private final AtomicReference<Instant> latestTakenAt = new AtomicReference<>();

	SnapshotTaker(ReadModelSnapshots snapshots, ProjectionOffsets projectionOffsets, JdbcClient jdbc,
			PlatformTransactionManager transactionManager, SnapshotProperties properties, MeterRegistry registry) {
		this.snapshots = snapshots;
		this.projectionOffsets = projectionOffsets;
		this.jdbc = jdbc;
		this.repeatableRead = new TransactionTemplate(transactionManager);
		this.repeatableRead.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.properties = properties;
		Gauge.builder("careers.history.snapshot.age", this::ageSeconds)
			.description("Seconds since the snapshot of the read models a rebuild would start from was taken")
			.baseUnit("seconds")
			.register(registry);
	}

	@Scheduled(fixedDelayString = "${careers.history.snapshot.check-interval:10m}",
			initialDelayString = "${careers.history.snapshot.check-interval:10m}")
	void takeWhenDue() {
		take(false).ifPresent(report -> log.info("Snapshot of the read models taken in {} ms: {}",
				report.durationMillis(), report.rows()));
	}

	/**
	 * A new snapshot, unless another replica is taking one or a rebuild runs, or (when not forced)
	 * the stored one is younger than the interval.
	 */
	Optional<SnapshotReport> take(boolean evenIfRecent) {
		long started = System.nanoTime();
		Map<TopicPartition, Long> offsets = projectionOffsets.committed();
		return repeatableRead.execute(status -> {
			if (!lockedAgainstRebuildsAndOtherSnapshots()) {
				return Optional.empty();
			}
			Optional<Instant> stored = snapshots.takenAt();
			stored.ifPresent(latestTakenAt::set);
			if (!evenIfRecent && stored.filter(this::youngerThanTheInterval).isPresent()) {
				return Optional.empty();
			}
			Map<String, Long> rows = snapshots.replaceWith(offsets);
			Instant takenAt = snapshots.takenAt().orElseThrow();
			latestTakenAt.set(takenAt);
			return Optional.of(new SnapshotReport(takenAt, rows, Duration.ofNanos(System.nanoTime() - started).toMillis()));
		});
	}

	private boolean lockedAgainstRebuildsAndOtherSnapshots() {
		return jdbc.sql("""
				select pg_try_advisory_xact_lock(:service, :snapshot) and pg_try_advisory_xact_lock_shared(:service, :rebuild)
				""")
			.param("service", AdvisoryLocks.SERVICE)
			.param("snapshot", AdvisoryLocks.SNAPSHOT)
			.param("rebuild", AdvisoryLocks.REBUILD)
			.query(Boolean.class)
			.single();
	}

	private boolean youngerThanTheInterval(Instant takenAt) {
		return takenAt.isAfter(Instant.now().minus(properties.interval()));
	}

	private double ageSeconds() {
		Instant takenAt = latestTakenAt.get();
		return takenAt == null ? Double.NaN : Duration.between(takenAt, Instant.now()).toMillis() / 1000.0;
	}

}

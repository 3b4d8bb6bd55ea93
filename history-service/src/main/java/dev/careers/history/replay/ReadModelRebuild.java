package dev.careers.history.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import dev.careers.events.CareersEvent;
import dev.careers.history.messaging.EventChecks;
import dev.careers.history.messaging.EventProjector;
import dev.careers.history.messaging.RebuildGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the read models from the topics: the read models are closed to the live projection of
 * every replica (through the database: {@link RebuildGate}), they are emptied, or restored from
 * the stored snapshot when the topics no longer begin at their first record, every record from
 * there up to the current end of each partition is projected again by a consumer of a fresh
 * group, and the gate opens: the live consumers go on where they were refused (what they see again
 * is skipped as a duplicate). If the topics lost records the snapshot does not hold, nothing is
 * changed and the rebuild is refused.
 */
@Component
class ReadModelRebuild {

	private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

	private static final Duration POLL = Duration.ofMillis(500);

	private final RebuildGate gate;

	private final ConsumerFactory<String, CareersEvent> consumers;

	private final EventProjector projector;

	private final ReadModelSnapshots snapshots;

	private final TransactionTemplate transactions;

	ReadModelRebuild(RebuildGate gate, ConsumerFactory<String, CareersEvent> consumers, EventProjector projector,
			ReadModelSnapshots snapshots, TransactionTemplate transactions) {
		this.gate = gate;
		this.consumers = consumers;
		this.projector = projector;
		this.snapshots = snapshots;
		this.transactions = transactions;
	}

	RebuildReport rebuild() {
		long started = System.nanoTime();
		try (RebuildGate.Closed closed = gate.close().orElseThrow(ReadModelsBusyException::new);
				Consumer<String, CareersEvent> consumer = replayConsumer()) {
			List<TopicPartition> partitions = partitionsOf(consumer);
			Optional<ReadModelSnapshots.Snapshot> snapshot = snapshotNeeded(consumer.beginningOffsets(partitions));
			transactions.executeWithoutResult(status -> {
				if (snapshot.isPresent()) {
					snapshots.restore();
				}
				else {
					snapshots.emptyReadModels();
				}
			});
			consumer.assign(partitions);
			partitions.forEach(partition -> consumer.seek(partition, snapshot.map(from -> from.replayFrom(partition)).orElse(0L)));
			RebuildReport report = replay(consumer, consumer.endOffsets(partitions), started,
					snapshot.map(ReadModelSnapshots.Snapshot::takenAt).orElse(null));
			log.info("Read models rebuilt from {} events ({} unreadable skipped){} in {} ms", report.events(),
					report.unreadable(), snapshot.map(from -> " after the snapshot of " + from.takenAt()).orElse(""),
					report.durationMillis());
			return report;
		}
	}

	/**
	 * Empty when every partition still begins at its first record; else the stored snapshot, if it
	 * holds every record the topics have lost.
	 */
	private Optional<ReadModelSnapshots.Snapshot> snapshotNeeded(Map<TopicPartition, Long> beginnings) {
		Map<TopicPartition, Long> trimmed = new HashMap<>(beginnings);
		trimmed.values().removeIf(beginning -> beginning == 0);
		if (trimmed.isEmpty()) {
			return Optional.empty();
		}
		ReadModelSnapshots.Snapshot snapshot = snapshots.latest()
			.orElseThrow(() -> RecordsGoneException.withoutSnapshot(trimmed));
		trimmed.forEach((partition, beginning) -> {
			if (snapshot.replayFrom(partition) < beginning) {
				throw RecordsGoneException.beforeSnapshot(partition, beginning, snapshot);
			}
		});
		return Optional.of(snapshot);
	}

	private Consumer<String, CareersEvent> replayConsumer() {
		Properties fresh = new Properties();
		fresh.put(ConsumerConfig.GROUP_ID_CONFIG, "history-service-replay-" + System.currentTimeMillis());
		fresh.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		return consumers.createConsumer(null, null, "-replay", fresh);
	}

	private RebuildReport replay(Consumer<String, CareersEvent> consumer, Map<TopicPartition, Long> ends, long started,
			Instant snapshotTakenAt) {
		long events = 0;
		long unreadable = 0;
		while (!reached(consumer, ends)) {
			ConsumerRecords<String, CareersEvent> polled = consumer.poll(POLL);
			List<ConsumerRecord<String, CareersEvent>> readable = new ArrayList<>(polled.count());
			for (ConsumerRecord<String, CareersEvent> record : polled) {
				if (record.offset() >= ends.get(new TopicPartition(record.topic(), record.partition()))) {
					continue;
				}
				events++;
				if (EventChecks.problemWith(record).isPresent()) {
					unreadable++;
				}
				else {
					readable.add(record);
				}
			}
			projector.projectForRebuild(readable);
		}
		return new RebuildReport(events, unreadable, snapshotTakenAt,
				Duration.ofNanos(System.nanoTime() - started).toMillis());
	}

	private static List<TopicPartition> partitionsOf(Consumer<String, CareersEvent> consumer) {
		List<TopicPartition> partitions = new ArrayList<>();
		for (String topic : ProjectionOffsets.TOPICS) {
			consumer.partitionsFor(topic)
				.forEach(partition -> partitions.add(new TopicPartition(topic, partition.partition())));
		}
		return partitions;
	}

	private static boolean reached(Consumer<String, CareersEvent> consumer, Map<TopicPartition, Long> ends) {
		return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
	}

}

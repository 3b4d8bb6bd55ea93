package dev.careers.history.replay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import dev.careers.events.CareersEvent;
import dev.careers.events.Topics;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the read models from the topics: the read models are closed to the live projection of
 * every replica (through the database: {@link RebuildGate}), the tables are emptied, every record
 * up to the current end of each partition is projected again by a consumer of a fresh group, and
 * the gate opens: the live consumers go on where they were refused (what they see again is
 * skipped as a duplicate). The topics must keep every event for this: see the service canvas.
 */
@Component
class ReadModelRebuild {

	private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

	private static final List<String> TOPICS = List.of(Topics.IMPORT_EVENTS, Topics.EXTRACTION_REQUESTS,
			Topics.EXTRACTION_REQUESTS_BULK, Topics.EXTRACTION_EVENTS, Topics.APPLICANT_EVENTS);

	private static final Duration POLL = Duration.ofMillis(500);

	private final RebuildGate gate;

	private final ConsumerFactory<String, CareersEvent> consumers;

	private final EventProjector projector;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	ReadModelRebuild(RebuildGate gate, ConsumerFactory<String, CareersEvent> consumers,
			EventProjector projector, JdbcClient jdbc, TransactionTemplate transactions) {
		this.gate = gate;
		this.consumers = consumers;
		this.projector = projector;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	RebuildReport rebuild() {
		long started = System.nanoTime();
		try (RebuildGate.Closed closed = gate.close().orElseThrow(RebuildInProgressException::new)) {
			emptyReadModels();
			RebuildReport report = replayTopics(started);
			log.info("Read models rebuilt from {} events ({} unreadable skipped) in {} ms", report.events(),
					report.unreadable(), report.durationMillis());
			return report;
		}
	}

	private void emptyReadModels() {
		transactions.executeWithoutResult(status -> jdbc.sql("truncate processed_events, imports, tasks, possible_duplicates, applicant_merges").update());
	}

	private RebuildReport replayTopics(long started) {
		Properties fresh = new Properties();
		fresh.put(ConsumerConfig.GROUP_ID_CONFIG, "history-service-replay-" + System.currentTimeMillis());
		fresh.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		try (Consumer<String, CareersEvent> consumer = consumers.createConsumer(null, null, "-replay", fresh)) {
			List<TopicPartition> partitions = partitionsOf(consumer);
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
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
			return new RebuildReport(events, unreadable, Duration.ofNanos(System.nanoTime() - started).toMillis());
		}
	}

	private static List<TopicPartition> partitionsOf(Consumer<String, CareersEvent> consumer) {
		List<TopicPartition> partitions = new ArrayList<>();
		for (String topic : TOPICS) {
			consumer.partitionsFor(topic)
				.forEach(partition -> partitions.add(new TopicPartition(topic, partition.partition())));
		}
		return partitions;
	}

	private static boolean reached(Consumer<String, CareersEvent> consumer, Map<TopicPartition, Long> ends) {
		return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
	}

}

package dev.careers.history;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import dev.careers.events.CareersEvent;
import dev.careers.events.ImportType;
import dev.careers.events.Topics;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Duplicate and reordered delivery, then a full replay of the topics into rebuilt read models:
 * the rows are those of one clean delivery throughout. The baseline is a tenant that got every
 * event exactly once, so a projection that stopped being idempotent or order-tolerant fails here,
 * even if it then rebuilt its own wrong rows faithfully. Then the topics' retention, played by
 * deleting records: a rebuild starts from the snapshot of the read models and replays only the
 * records after it, or, when records the snapshot does not hold are gone, is refused and changes
 * nothing.
 */
// the full replay first: after the others, the topics no longer begin at their first records
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class AbstractReplayIT extends AbstractHistoryServiceIT {

	private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

	@Test
	@Order(1)
	void replayingTheTopicsChangesNothing() {
		Scenario scenario = new Scenario(new Random(3), 3, 5);
		String clean = newTenant("replay-clean");
		String perPartition = newTenant("replay-partition-order");
		String anyOrder = newTenant("replay-any-order");
		List<CareersEvent> once = scenario.events(new TestEvents(clean));
		// what Kafka can do: each key's events in order, all of them twice, keys interleaved
		List<CareersEvent> twicePerPartition = Scenario
			.twiceInterleavedPerKey(scenario.events(new TestEvents(perPartition)), new Random(5));
		// worse than Kafka can do: twice, in any order even within a key
		List<CareersEvent> twiceShuffled = Scenario.twiceShuffled(scenario.events(new TestEvents(anyOrder)),
				new Random(7));
		publishAndAwait(once);
		publishAndAwait(twicePerPartition);
		publishAndAwait(twiceShuffled);
		List<Map<String, Object>> cleanRows = readModelRows(clean);
		assertThat(cleanRows).hasSize(scenario.rowCount());
		assertThat(readModelRows(perPartition)).isEqualTo(cleanRows);
		assertThat(readModelRows(anyOrder)).isEqualTo(cleanRows);

		ResponseEntity<String> response = http.post()
			.uri("/internal/admin/replay")
			.retrieve()
			.toEntity(String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(200);
		JsonNode report = json.readTree(response.getBody());
		assertThat(report.get("events").asLong())
			.isGreaterThanOrEqualTo(once.size() + twicePerPartition.size() + twiceShuffled.size());
		assertThat(report.get("fromSnapshotTakenAt").isNull()).isTrue();
		assertThat(readModelRows(clean)).isEqualTo(cleanRows);
		assertThat(readModelRows(perPartition)).isEqualTo(cleanRows);
		assertThat(readModelRows(anyOrder)).isEqualTo(cleanRows);
		// the live consumers are back: new events are projected again
		publishAndAwait(new TestEvents(clean).importStarted(UUID.randomUUID(), ImportType.JOBS, "after rebuild",
				Instant.now()));
	}

	@Test
	@Order(2)
	void onceRetentionTookTheFirstRecordsARebuildStartsFromTheSnapshotAndGivesTheSameRows() throws Exception {
		Scenario scenario = new Scenario(new Random(17), 3, 5);
		String before = newTenant("before-snapshot");
		String during = newTenant("during-snapshot");
		String after = newTenant("after-snapshot");
		publishAndAwait(scenario.events(new TestEvents(before)));
		List<CareersEvent> duringSnapshot = scenario.events(new TestEvents(during));
		publisher.publish(duringSnapshot);

		JsonNode snapshot = post("/internal/admin/snapshot", 200);
		awaitProjected(duringSnapshot);
		List<CareersEvent> afterSnapshot = scenario.events(new TestEvents(after));
		publishAndAwait(afterSnapshot);
		Map<String, List<Map<String, Object>>> rows = rowsOf(before, during, after);
		assertThat(jdbc.sql("select count(*) from snapshot_imports where tenant_id = :tenant")
			.param("tenant", before)
			.query(Long.class)
			.single()).isEqualTo(3);
		Map<TopicPartition, Long> snapshotOffsets = snapshotOffsets();
		assertThat(snapshotOffsets).isNotEmpty();
		deleteRecordsBefore(snapshotOffsets);

		JsonNode report = post("/internal/admin/replay", 200);

		assertThat(report.get("fromSnapshotTakenAt").asString()).isEqualTo(snapshot.get("takenAt").asString());
		assertThat(report.get("events").asLong()).isGreaterThanOrEqualTo(afterSnapshot.size());
		assertThat(rowsOf(before, during, after)).isEqualTo(rows);
		assertThat(rows.get(before)).hasSize(scenario.rowCount());
		assertThat(rows.get(after)).hasSize(scenario.rowCount());
	}

	@Test
	@Order(3)
	void onceRetentionTookRecordsTheSnapshotDoesNotHoldARebuildIsRefusedAndChangesNothing() throws Exception {
		post("/internal/admin/snapshot", 200);
		String tenant = newTenant("past-the-snapshot");
		publishAndAwait(new Scenario(new Random(19), 2, 3).events(new TestEvents(tenant)));
		List<Map<String, Object>> rows = readModelRows(tenant);
		Map<TopicPartition, Long> ends = endOffsets();
		awaitCommitted(ends);
		// the snapshot went stale for longer than the retention: records after it are gone too
		deleteRecordsBefore(ends);

		JsonNode refused = post("/internal/admin/replay", 409);

		assertThat(refused.get("title").asString()).isEqualTo("Events needed for the rebuild are gone");
		assertThat(refused.get("detail").asString()).contains("begins at offset").contains("left as they are");
		assertThat(readModelRows(tenant)).isEqualTo(rows);
		// a fresh snapshot holds what the topics lost: rebuilds work again
		post("/internal/admin/snapshot", 200);
		assertThat(post("/internal/admin/replay", 200).get("fromSnapshotTakenAt").isNull()).isFalse();
		assertThat(readModelRows(tenant)).isEqualTo(rows);
	}

	private JsonNode post(String path, int expectedStatus) {
		ResponseEntity<String> response = http.post()
			.uri(path)
			.retrieve()
			.onStatus(status -> true, (request, answer) -> {
			})
			.toEntity(String.class);
		assertThat(response.getStatusCode().value()).as(path + ": " + response.getBody()).isEqualTo(expectedStatus);
		return json.readTree(response.getBody());
	}

	private Map<String, List<Map<String, Object>>> rowsOf(String... tenants) {
		Map<String, List<Map<String, Object>>> rows = new HashMap<>();
		for (String tenant : tenants) {
			rows.put(tenant, readModelRows(tenant));
		}
		return rows;
	}

	private Map<TopicPartition, Long> snapshotOffsets() {
		return jdbc.sql("select topic, partition, next_offset from snapshot_offsets")
			.query((row, number) -> Map.entry(new TopicPartition(row.getString("topic"), row.getInt("partition")),
					row.getLong("next_offset")))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private Map<TopicPartition, Long> endOffsets() throws Exception {
		try (Admin admin = admin()) {
			Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
			for (String topic : List.of(Topics.IMPORT_EVENTS, Topics.EXTRACTION_REQUESTS, Topics.EXTRACTION_REQUESTS_BULK,
					Topics.EXTRACTION_EVENTS, Topics.APPLICANT_EVENTS)) {
				admin.describeTopics(List.of(topic))
					.allTopicNames()
					.get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
					.get(topic)
					.partitions()
					.forEach(partition -> latest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest()));
			}
			Map<TopicPartition, Long> ends = new HashMap<>();
			admin.listOffsets(latest)
				.all()
				.get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
				.forEach((partition, info) -> ends.put(partition, info.offset()));
			return ends;
		}
	}

	/** Until the live projection has committed every record before these offsets. */
	private void awaitCommitted(Map<TopicPartition, Long> ends) {
		await().atMost(PROJECTED_WITHIN).until(() -> {
			try (Admin admin = admin()) {
				Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("history-service")
					.partitionsToOffsetAndMetadata()
					.get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
				return ends.entrySet()
					.stream()
					.allMatch(end -> end.getValue() == 0 || (committed.get(end.getKey()) != null
							&& committed.get(end.getKey()).offset() >= end.getValue()));
			}
		});
	}

	/** What a topic's retention does to its oldest segments. */
	private void deleteRecordsBefore(Map<TopicPartition, Long> offsets) throws Exception {
		Map<TopicPartition, RecordsToDelete> deletions = new HashMap<>();
		offsets.forEach((partition, offset) -> deletions.put(partition, RecordsToDelete.beforeOffset(offset)));
		try (Admin admin = admin()) {
			admin.deleteRecords(deletions).all().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
	}

	private Admin admin() {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
	}

}

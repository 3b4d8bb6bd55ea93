package dev.careers.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import dev.careers.events.CareersEvent;
import dev.careers.events.ImportType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Duplicate and reordered delivery, then a full replay of the topics into rebuilt read models:
 * the rows are those of one clean delivery throughout. The baseline is a tenant that got every
 * event exactly once, so a projection that stopped being idempotent or order-tolerant fails here,
 * even if it then rebuilt its own wrong rows faithfully.
 */
abstract class AbstractReplayIT extends AbstractHistoryServiceIT {

	@Test
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
		assertThat(readModelRows(clean)).isEqualTo(cleanRows);
		assertThat(readModelRows(perPartition)).isEqualTo(cleanRows);
		assertThat(readModelRows(anyOrder)).isEqualTo(cleanRows);
		// the live consumers are back: new events are projected again
		publishAndAwait(new TestEvents(clean).importStarted(UUID.randomUUID(), ImportType.JOBS, "after rebuild",
				Instant.now()));
	}

}

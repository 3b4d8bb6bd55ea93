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

/** Rebuilding the read models from the topics gives the rows the live projection made. */
abstract class AbstractReplayIT extends HistoryServiceTestSupport {

	@Test
	void aRebuildFromTheTopicsGivesTheSameRows() {
		String tenant = newTenant("replay");
		List<CareersEvent> events = Scenario.twiceShuffled(new Scenario(new Random(3), 3, 5).events(new TestEvents(tenant)),
				new Random(5));
		publishAndAwait(events);
		List<Map<String, Object>> projected = readModelRows(tenant);

		ResponseEntity<String> response = http.post()
			.uri("/internal/admin/replay")
			.retrieve()
			.toEntity(String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(200);
		JsonNode report = json.readTree(response.getBody());
		assertThat(report.get("events").asLong()).isGreaterThanOrEqualTo(events.size());
		assertThat(readModelRows(tenant)).isEqualTo(projected);
		// the live consumers are back: new events are projected again
		publishAndAwait(new TestEvents(tenant).importStarted(UUID.randomUUID(),
				ImportType.JOBS, "after rebuild", Instant.now()));
	}

}

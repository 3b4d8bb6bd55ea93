package dev.careers.worker.messaging;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FinishedTasksTest {

	@Test
	void theOldestTasksAreForgottenFirst() {
		FinishedTasks finished = new FinishedTasks(new TaskProperties(Duration.ofMillis(500), Duration.ofMillis(500), 2, 3, Duration.ofSeconds(1),
				Duration.ofSeconds(30)));
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		UUID third = UUID.randomUUID();

		finished.remember(first);
		finished.remember(second);
		finished.remember(third);

		assertThat(finished.contains(first)).isFalse();
		assertThat(finished.contains(second)).isTrue();
		assertThat(finished.contains(third)).isTrue();
	}

	@Test
	void resultEventIdsAreTheSameForEveryRunOfATask() {
		UUID task = UUID.randomUUID();

		assertThat(ExtractionEvents.resultEventId(task)).isEqualTo(ExtractionEvents.resultEventId(task))
			.isNotEqualTo(ExtractionEvents.resultEventId(UUID.randomUUID()));
	}

}

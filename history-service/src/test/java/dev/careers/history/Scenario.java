package dev.careers.history;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import dev.careers.events.CareersEvent;
import dev.careers.events.FailureCode;
import dev.careers.events.ImportType;

/**
 * Imports with a random mix of record outcomes and, for each created or updated record, a task
 * that completes or fails. The same ids and times for every tenant, so two tenants' rows can be
 * compared; the events come in their natural order, or redelivered and reordered.
 */
final class Scenario {

	private enum Outcome {

		CREATED, UPDATED, SKIPPED, REJECTED

	}

	private final Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	private final List<PlannedImport> imports = new ArrayList<>();

	Scenario(Random random, int importCount, int recordsPerImport) {
		long taskNumber = 1;
		for (int importIndex = 0; importIndex < importCount; importIndex++) {
			List<PlannedRecord> records = new ArrayList<>();
			for (int recordIndex = 0; recordIndex < recordsPerImport; recordIndex++) {
				Outcome outcome = Outcome.values()[random.nextInt(Outcome.values().length)];
				boolean hasTask = outcome == Outcome.CREATED || outcome == Outcome.UPDATED;
				records.add(new PlannedRecord(outcome, UUID.randomUUID(), hasTask ? UUID.randomUUID() : null,
						hasTask ? taskNumber++ : 0, random.nextInt(4) == 0));
			}
			imports.add(new PlannedImport(UUID.randomUUID(), records));
		}
	}

	/** Imports, tasks, and the one possible duplicate pair and its merge. */
	int rowCount() {
		return imports.size() + 2 + (int) imports.stream()
			.flatMap(planned -> planned.records().stream())
			.filter(record -> record.taskId() != null)
			.count();
	}

	/** Every event once, in the order the services publish them. */
	List<CareersEvent> events(TestEvents events) {
		List<CareersEvent> published = new ArrayList<>();
		int second = 0;
		for (PlannedImport planned : imports) {
			Instant opened = start.plusSeconds(second++);
			published.add(events.importStarted(planned.id(), ImportType.APPLICANTS, "import " + planned.id(), opened));
			int[] totals = new int[Outcome.values().length];
			for (PlannedRecord record : planned.records()) {
				Instant at = start.plusSeconds(second++);
				String file = record.recordId() + ".pdf";
				totals[record.outcome().ordinal()]++;
				switch (record.outcome()) {
					case CREATED -> published.add(events.recordCreated(planned.id(), record.recordId(), file,
							record.taskId(), at));
					case UPDATED -> published.add(events.recordUpdated(planned.id(), record.recordId(), file,
							record.taskId(), at));
					case SKIPPED -> published.add(events.recordSkipped(planned.id(), record.recordId(), file, at));
					case REJECTED -> published.add(events.recordRejected(planned.id(), file, at));
				}
				if (record.taskId() != null) {
					published.add(events.requested(record.taskId(), record.taskNumber(), record.recordId(),
							planned.id(), 1, at));
				}
			}
			published.add(events.importCompleted(planned.id(), totals[0], totals[1], totals[2], totals[3],
					start.plusSeconds(second++)));
			for (PlannedRecord record : planned.records()) {
				if (record.taskId() != null) {
					published.addAll(taskEvents(events, record, start.plusSeconds(second++)));
				}
			}
		}
		// the first applicant of the first import came again in the last import, and a user merged them
		PlannedRecord first = imports.get(0).records().get(0);
		PlannedImport last = imports.get(imports.size() - 1);
		published.add(events.possibleDuplicate(first.recordId(), last.records().get(0).recordId(), last.id(),
				start.plusSeconds(second++)));
		published.add(events.merged(first.recordId(), last.records().get(0).recordId(), 2, start.plusSeconds(second)));
		return published;
	}

	private static List<CareersEvent> taskEvents(TestEvents events, PlannedRecord record, Instant at) {
		List<CareersEvent> task = new ArrayList<>();
		task.add(events.started(record.taskId(), record.recordId(), at));
		for (int page = 1; page <= 3; page++) {
			task.add(events.progressed(record.taskId(), record.recordId(), page, 4, at.plusMillis(page)));
		}
		task.add(record.fails() ? events.failed(record.taskId(), record.recordId(), FailureCode.NO_TEXT_LAYER,
				at.plusMillis(10)) : events.completed(record.taskId(), record.recordId(), at.plusMillis(10)));
		return task;
	}

	/**
	 * What at-least-once delivery can do within Kafka's guarantees: each key's events in order and
	 * then all of them again (a redelivery after a lost commit), keys interleaved at random.
	 */
	static List<CareersEvent> twiceInterleavedPerKey(List<CareersEvent> events, Random random) {
		Map<String, List<CareersEvent>> byKey = new LinkedHashMap<>();
		for (CareersEvent event : events) {
			byKey.computeIfAbsent(EventPublisher.topicOf(event) + "/" + event.key(), key -> new ArrayList<>())
				.add(event);
		}
		List<List<CareersEvent>> queues = new ArrayList<>();
		byKey.values().forEach(keyEvents -> {
			List<CareersEvent> twice = new ArrayList<>(keyEvents);
			twice.addAll(keyEvents);
			queues.add(twice);
		});
		List<CareersEvent> delivered = new ArrayList<>();
		while (!queues.isEmpty()) {
			int pick = random.nextInt(queues.size());
			delivered.add(queues.get(pick).remove(0));
			if (queues.get(pick).isEmpty()) {
				queues.remove(pick);
			}
		}
		return delivered;
	}

	/** Every event twice, in any order at all, even within a key. */
	static List<CareersEvent> twiceShuffled(List<CareersEvent> events, Random random) {
		List<CareersEvent> delivered = new ArrayList<>(events);
		delivered.addAll(events);
		Collections.shuffle(delivered, random);
		return delivered;
	}

	private record PlannedImport(UUID id, List<PlannedRecord> records) {
	}

	private record PlannedRecord(Outcome outcome, UUID recordId, UUID taskId, long taskNumber, boolean fails) {
	}

}

package dev.careers.history;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import dev.careers.events.CareersEvent;
import dev.careers.events.EventTypes;
import dev.careers.events.ExtractionFailed;
import dev.careers.events.ExtractionRequested;
import dev.careers.events.ExtractionStarted;
import dev.careers.events.FailureCode;
import dev.careers.events.ImportType;
import dev.careers.events.RecordCreated;
import dev.careers.events.TaskKind;
import dev.careers.events.Topics;
import dev.careers.history.readmodel.importhistory.ImportStatus;
import dev.careers.history.readmodel.importhistory.ImportView;
import dev.careers.history.readmodel.tasks.TaskError;
import dev.careers.history.readmodel.tasks.TaskStatus;
import dev.careers.history.readmodel.tasks.TaskView;
import dev.careers.history.web.PageOf;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/** Events on the real broker become Import History and Background Tasks rows, whatever their order. */
abstract class AbstractProjectionIT extends AbstractHistoryServiceIT {

	private static final TypeReference<PageOf<ImportView>> IMPORTS = new TypeReference<>() {
	};

	private static final TypeReference<PageOf<TaskView>> TASKS = new TypeReference<>() {
	};

	@Autowired
	private MeterRegistry meters;

	private final Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	@Test
	void anImportAndItsTaskAppearInHistoryAndBackgroundTasks() {
		String tenant = newTenant("flow");
		TestEvents events = new TestEvents(tenant);
		UUID importId = UUID.randomUUID();
		UUID recordId = UUID.randomUUID();
		UUID taskId = UUID.randomUUID();

		publishAndAwait(events.importStarted(importId, ImportType.APPLICANTS, "resumes-june", start),
				events.recordCreated(importId, recordId, "ada.pdf", taskId, start.plusMillis(1)),
				events.requested(taskId, 7, recordId, importId, 1, start.plusMillis(2)),
				events.importCompleted(importId, 1, 0, 0, 0, start.plusMillis(3)),
				events.started(taskId, recordId, start.plusMillis(4)),
				events.progressed(taskId, recordId, 1, 2, start.plusMillis(5)),
				events.completed(taskId, recordId, start.plusMillis(6)));

		ImportView importRow = getJson(tenant, "/api/history/imports", IMPORTS).items().get(0);
		assertThat(importRow).isEqualTo(new ImportView(importId, start, ImportType.APPLICANTS, "resumes-june", 1, 0, 0,
				0, ImportStatus.COMPLETED, 0, 0));
		TaskView task = getJson(tenant, "/api/history/tasks/" + taskId, new TypeReference<TaskView>() {
		});
		assertThat(task).isEqualTo(new TaskView(taskId, 7L, "Task 7", TaskKind.RESUME, TaskStatus.COMPLETED, 1, 1, 1,
				1.0, start.plusMillis(2), start.plusMillis(4), start.plusMillis(6), recordId, importId,
				"resume-7.pdf", null, 1, false));
		assertThat(getJson(tenant, "/api/history/tasks/counts", new TypeReference<Map<String, Long>>() {
		})).containsExactlyInAnyOrderEntriesOf(Map.of("RESUME", 1L, "JOB_DESCRIPTION", 0L));
	}

	@Test
	void aFailedTaskSaysWhyAndWhatToDo() {
		String tenant = newTenant("failed");
		TestEvents events = new TestEvents(tenant);
		UUID taskId = UUID.randomUUID();
		UUID recordId = UUID.randomUUID();

		publishAndAwait(events.requested(taskId, 1, recordId, null, 2, start),
				events.failed(taskId, recordId, FailureCode.PASSWORD_PROTECTED, start.plusMillis(1)));

		TaskView task = getJson(tenant, "/api/history/tasks?status=FAILED", TASKS).items().get(0);
		assertThat(task.status()).isEqualTo(TaskStatus.FAILED);
		assertThat(task.attempt()).isEqualTo(2);
		assertThat(task.itemsCompleted()).isEqualTo(1);
		assertThat(task.itemsSucceeded()).isZero();
		assertThat(task.error().code()).isEqualTo(FailureCode.PASSWORD_PROTECTED);
		assertThat(task.error().message()).isEqualTo(FailureCode.PASSWORD_PROTECTED.message());
		assertThat(task.error().hint()).isEqualTo(FailureCode.PASSWORD_PROTECTED.hint());
	}

	@Test
	void aUrlOnlyJobImportShowsNoFile() {
		String tenant = newTenant("urls");
		TestEvents events = new TestEvents(tenant);
		UUID importId = UUID.randomUUID();
		publishAndAwait(events.importStarted(importId, ImportType.JOBS, "postings", start));

		assertThat(getJson(tenant, "/api/history/imports?type=JOBS", IMPORTS).items())
			.extracting(ImportView::file)
			.containsExactly(ImportView.NO_FILE);
		assertThat(getJson(tenant, "/api/history/imports?type=APPLICANTS", IMPORTS).total()).isZero();
	}

	@Test
	void everyEventTwiceAndShuffledGivesTheSameRowsAsOneCleanDelivery() {
		Scenario scenario = new Scenario(new Random(42), 4, 6);
		String clean = newTenant("clean");
		String redeliveredInPartitionOrder = newTenant("partition-order");
		String anyOrder = newTenant("any-order");

		List<CareersEvent> once = scenario.events(new TestEvents(clean));
		List<CareersEvent> perPartition = Scenario.twiceInterleavedPerKey(
				scenario.events(new TestEvents(redeliveredInPartitionOrder)), new Random(7));
		List<CareersEvent> shuffled = Scenario.twiceShuffled(scenario.events(new TestEvents(anyOrder)), new Random(11));
		publisher.publish(once);
		publisher.publish(perPartition);
		publisher.publish(shuffled);
		awaitProjected(once);
		awaitProjected(perPartition);
		awaitProjected(shuffled);

		List<Map<String, Object>> cleanRows = readModelRows(clean);
		assertThat(cleanRows).hasSize(scenario.rowCount());
		assertThat(readModelRows(redeliveredInPartitionOrder)).isEqualTo(cleanRows);
		assertThat(readModelRows(anyOrder)).isEqualTo(cleanRows);
		assertThat(getJson(clean, "/api/history/imports", IMPORTS).items())
			.allMatch(row -> row.status() == ImportStatus.COMPLETED);
	}

	@Test
	void aRedeliveredEventCountsOnce() {
		TestEvents events = new TestEvents(newTenant("redelivered"));
		UUID importId = UUID.randomUUID();
		RecordCreated created = events.recordCreated(importId, UUID.randomUUID(), "a.pdf", UUID.randomUUID(), start);
		publishAndAwait(created, created);
		publishAndAwait(created);

		assertThat(importsOf(events.tenantId()).get(0).created()).isEqualTo(1);
	}

	@Test
	void aLateStartOrProgressNeverMovesACompletedTaskBack() {
		TestEvents events = new TestEvents(newTenant("late"));
		UUID taskId = UUID.randomUUID();
		UUID recordId = UUID.randomUUID();
		publishAndAwait(events.requested(taskId, 3, recordId, null, 1, start),
				events.completed(taskId, recordId, start.plusSeconds(9)));
		publishAndAwait(events.started(taskId, recordId, start.plusSeconds(1)),
				events.progressed(taskId, recordId, 1, 2, start.plusSeconds(2)),
				events.failed(taskId, recordId, FailureCode.TIMEOUT, start.plusSeconds(10)));

		TaskView task = task(events.tenantId(), taskId);
		assertThat(task.status()).isEqualTo(TaskStatus.COMPLETED);
		assertThat(task.progress()).isEqualTo(1.0);
		assertThat(task.error()).isNull();
		assertThat(task.startedAt()).isEqualTo(start.plusSeconds(1));
		assertThat(task.finishedAt()).isEqualTo(start.plusSeconds(9));
	}

	@Test
	void aQuickTaskWithoutAStartedIsDatedByItsResult() {
		TestEvents events = new TestEvents(newTenant("quick"));
		UUID completedTask = UUID.randomUUID();
		UUID failedTask = UUID.randomUUID();
		UUID recordId = UUID.randomUUID();
		publishAndAwait(events.requested(completedTask, 5, recordId, null, 1, start),
				events.completed(completedTask, recordId, start.plusSeconds(3)),
				events.requested(failedTask, 6, recordId, null, 1, start),
				events.failed(failedTask, recordId, FailureCode.PASSWORD_PROTECTED, start.plusSeconds(4)));

		// the result took 10 ms (TestEvents): it started that long before it finished
		assertThat(task(events.tenantId(), completedTask).startedAt()).isEqualTo(start.plusSeconds(3).minusMillis(10));
		assertThat(task(events.tenantId(), failedTask).startedAt()).isEqualTo(start.plusSeconds(4));
		assertThat(task(events.tenantId(), failedTask).status()).isEqualTo(TaskStatus.FAILED);
	}

	/** What import-service's stuck-task sweep sends (ADR 0011): the request again, then a TIMEOUT. */
	@Test
	void aStuckTaskRequeuedThenTimedOutShowsFailedAndALateResultStillWins() {
		String tenant = newTenant("stuck");
		TestEvents events = new TestEvents(tenant);
		UUID taskId = UUID.randomUUID();
		UUID recordId = UUID.randomUUID();
		ExtractionRequested requested = events.requested(taskId, 4, recordId, null, 2, start);
		publishAndAwait(requested, events.started(taskId, recordId, start.plusSeconds(1)));
		List<Map<String, Object>> beforeRequeue = readModelRows(tenant);

		publishAndAwait(new ExtractionRequested(UUID.randomUUID(), tenant, requested.occurredAt(), taskId,
				requested.taskNumber(), recordId, requested.kind(), requested.attempt(), requested.importId(),
				requested.sourceName(), requested.contentUrl(), requested.contentType(), requested.postingUrl()));
		assertThat(readModelRows(tenant)).isEqualTo(beforeRequeue);

		publishAndAwait(new ExtractionFailed(UUID.randomUUID(), tenant, start.plusSeconds(1200), taskId, recordId,
				TaskKind.RESUME, FailureCode.TIMEOUT, FailureCode.TIMEOUT.message(), FailureCode.TIMEOUT.hint(2, 4), 2));
		TaskView failed = task(tenant, taskId);
		assertThat(failed.status()).isEqualTo(TaskStatus.FAILED);
		assertThat(failed.stalled()).isFalse();
		assertThat(failed.name()).isEqualTo("Task 4");
		assertThat(failed.attempt()).isEqualTo(2);
		assertThat(failed.createdAt()).isEqualTo(start);
		assertThat(failed.finishedAt()).isEqualTo(start.plusSeconds(1200));
		assertThat(failed.error()).isEqualTo(new TaskError(FailureCode.TIMEOUT, FailureCode.TIMEOUT.message(),
				"This failed again. Contact support and quote Task 4."));

		publishAndAwait(events.completed(taskId, recordId, start.plusSeconds(1300)));
		TaskView completed = task(tenant, taskId);
		assertThat(completed.status()).isEqualTo(TaskStatus.COMPLETED);
		assertThat(completed.error()).isNull();
	}

	@Test
	void aTaskCompletedBeforeItWasRequestedGetsItsNumberWhenTheRequestArrives() {
		TestEvents events = new TestEvents(newTenant("early-completion"));
		UUID taskId = UUID.randomUUID();
		UUID recordId = UUID.randomUUID();
		UUID importId = UUID.randomUUID();
		publishAndAwait(events.completed(taskId, recordId, start.plusSeconds(5)));
		assertThat(task(events.tenantId(), taskId).number()).isNull();

		publishAndAwait(events.requested(taskId, 12, recordId, importId, 1, start));
		TaskView task = task(events.tenantId(), taskId);
		assertThat(task.name()).isEqualTo("Task 12");
		assertThat(task.status()).isEqualTo(TaskStatus.COMPLETED);
		assertThat(task.createdAt()).isEqualTo(start);
		assertThat(task.importId()).isEqualTo(importId);
	}

	@Test
	void progressNeverDecreases() {
		TestEvents events = new TestEvents(newTenant("progress"));
		UUID taskId = UUID.randomUUID();
		UUID recordId = UUID.randomUUID();
		publishAndAwait(events.requested(taskId, 1, recordId, null, 1, start),
				events.progressed(taskId, recordId, 4, 5, start.plusSeconds(2)));
		publishAndAwait(events.progressed(taskId, recordId, 2, 5, start.plusSeconds(1)));

		TaskView task = task(events.tenantId(), taskId);
		assertThat(task.status()).isEqualTo(TaskStatus.RUNNING);
		assertThat(task.progress()).isEqualTo(0.8);
	}

	@Test
	void recordsArrivingBeforeTheImportStartedAreCounted() {
		TestEvents events = new TestEvents(newTenant("records-first"));
		UUID importId = UUID.randomUUID();
		publishAndAwait(events.recordCreated(importId, UUID.randomUUID(), "a.pdf", UUID.randomUUID(), start.plusSeconds(1)),
				events.recordRejected(importId, "b.pdf", start.plusSeconds(2)));
		assertThat(importsOf(events.tenantId()).get(0).type()).isEqualTo(ImportType.APPLICANTS);

		publishAndAwait(events.importStarted(importId, ImportType.APPLICANTS, "batch", start));
		assertThat(importsOf(events.tenantId())).containsExactly(new ImportView(importId, start,
				ImportType.APPLICANTS, "batch", 1, 0, 0, 1, ImportStatus.IN_PROGRESS, 0, 0));
	}

	@Test
	void possibleDuplicatesCountOnTheImportOfTheNewerResumeOnceAndMergesAreCountedAmongThem() {
		TestEvents events = new TestEvents(newTenant("duplicates"));
		UUID firstImport = UUID.randomUUID();
		UUID secondImport = UUID.randomUUID();
		UUID ada = UUID.randomUUID();
		UUID adaAgain = UUID.randomUUID();
		UUID adaThrice = UUID.randomUUID();
		Instant start = Instant.parse("2026-06-01T09:00:00Z");
		// found before the import's own events arrive: counted once they do
		publishAndAwait(events.possibleDuplicate(ada, adaAgain, secondImport, start.plusSeconds(5)),
				events.possibleDuplicate(ada, adaThrice, secondImport, start.plusSeconds(6)),
				// the same pair reported again under another event id counts once
				events.possibleDuplicate(ada, adaAgain, secondImport, start.plusSeconds(7)),
				events.merged(ada, adaAgain, 2, start.plusSeconds(8)),
				// another tenant's pair on the same import id never shows here
				new TestEvents(newTenant("intruder")).possibleDuplicate(ada, UUID.randomUUID(), secondImport,
						start.plusSeconds(9)));
		publishAndAwait(events.importStarted(firstImport, ImportType.APPLICANTS, "first", start),
				events.recordCreated(firstImport, ada, "ada.pdf", UUID.randomUUID(), start.plusSeconds(1)),
				events.importStarted(secondImport, ImportType.APPLICANTS, "second", start.plusSeconds(2)),
				events.recordCreated(secondImport, adaAgain, "ada-cv.pdf", UUID.randomUUID(), start.plusSeconds(3)),
				events.recordCreated(secondImport, adaThrice, "lovelace.pdf", UUID.randomUUID(), start.plusSeconds(4)));

		assertThat(importsOf(events.tenantId())).extracting(ImportView::file, ImportView::possibleDuplicates,
				ImportView::mergedDuplicates)
			.containsExactly(tuple("second", 2, 1), tuple("first", 0, 0));
	}

	@Test
	void anImportCompletesOnlyWhenItsCountsReachTheAnnouncedTotals() {
		TestEvents events = new TestEvents(newTenant("totals"));
		UUID importId = UUID.randomUUID();
		publishAndAwait(events.importStarted(importId, ImportType.APPLICANTS, "batch", start),
				events.importCompleted(importId, 1, 1, 1, 0, start.plusSeconds(5)),
				events.recordCreated(importId, UUID.randomUUID(), "a.pdf", UUID.randomUUID(), start.plusSeconds(1)),
				events.recordUpdated(importId, UUID.randomUUID(), "b.pdf", UUID.randomUUID(), start.plusSeconds(2)));
		assertThat(importsOf(events.tenantId()).get(0).status()).isEqualTo(ImportStatus.IN_PROGRESS);

		publishAndAwait(events.recordSkipped(importId, UUID.randomUUID(), "c.pdf", start.plusSeconds(3)));
		assertThat(importsOf(events.tenantId()).get(0).status()).isEqualTo(ImportStatus.COMPLETED);
	}

	@Test
	void aFailedImportIsFailed() {
		TestEvents events = new TestEvents(newTenant("import-failed"));
		UUID importId = UUID.randomUUID();
		publishAndAwait(events.importFailed(importId, 1, start.plusSeconds(2)),
				events.importStarted(importId, ImportType.APPLICANTS, "batch", start));

		assertThat(importsOf(events.tenantId()).get(0).status()).isEqualTo(ImportStatus.FAILED);
	}

	@Test
	void aTaskWithoutNewsPastTheDeadlineShowsStalled() {
		TestEvents events = new TestEvents(newTenant("stalled"));
		Instant longAgo = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
		UUID running = UUID.randomUUID();
		UUID finished = UUID.randomUUID();
		UUID recent = UUID.randomUUID();
		publishAndAwait(events.started(running, UUID.randomUUID(), longAgo),
				events.completed(finished, UUID.randomUUID(), longAgo), events.started(recent, UUID.randomUUID(), start));

		assertThat(task(events.tenantId(), running).stalled()).isTrue();
		assertThat(task(events.tenantId(), finished).stalled()).isFalse();
		assertThat(task(events.tenantId(), recent).stalled()).isFalse();
	}

	@Test
	void listsArePagedNewestFirst() {
		TestEvents events = new TestEvents(newTenant("paging"));
		List<UUID> importIds = new ArrayList<>();
		List<CareersEvent> started = new ArrayList<>();
		for (int index = 0; index < 7; index++) {
			UUID importId = UUID.randomUUID();
			importIds.add(0, importId);
			started.add(events.importStarted(importId, ImportType.APPLICANTS, "batch " + index, start.plusSeconds(index)));
		}
		publishAndAwait(started);

		PageOf<ImportView> first = getJson(events.tenantId(), "/api/history/imports?page=0&size=3", IMPORTS);
		PageOf<ImportView> last = getJson(events.tenantId(), "/api/history/imports?page=2&size=3", IMPORTS);
		assertThat(first.total()).isEqualTo(7);
		assertThat(first.items()).extracting(ImportView::id).containsExactlyElementsOf(importIds.subList(0, 3));
		assertThat(last.items()).extracting(ImportView::id).containsExactly(importIds.get(6));
		assertThat(last.total()).isEqualTo(7);
		assertThat(last.next()).isNull();
	}

	@Test
	void listsAreWalkedByCursorWithoutCountingEachPage() {
		TestEvents events = new TestEvents(newTenant("keyset"));
		List<UUID> importIds = new ArrayList<>();
		List<CareersEvent> started = new ArrayList<>();
		for (int index = 0; index < 7; index++) {
			UUID importId = UUID.randomUUID();
			importIds.add(0, importId);
			started.add(events.importStarted(importId, ImportType.APPLICANTS, "batch " + index, start.plusSeconds(index)));
		}
		// tasks created at the same instant: the id breaks the tie, so no row is skipped or repeated
		List<UUID> taskIds = new ArrayList<>();
		for (int index = 0; index < 5; index++) {
			UUID taskId = UUID.randomUUID();
			taskIds.add(taskId);
			started.add(events.requested(taskId, index + 1, UUID.randomUUID(), null, 1, start));
		}
		// PostgreSQL orders uuids as unsigned bytes, as their text sorts (UUID.compareTo does not)
		taskIds.sort(Comparator.comparing(UUID::toString).reversed());
		publishAndAwait(started);

		List<UUID> walked = new ArrayList<>();
		PageOf<ImportView> page = getJson(events.tenantId(), "/api/history/imports?size=3", IMPORTS);
		assertThat(page.total()).isEqualTo(7);
		page.items().forEach(row -> walked.add(row.id()));
		while (page.next() != null) {
			page = getJson(events.tenantId(), "/api/history/imports?size=3&cursor=" + page.next(), IMPORTS);
			assertThat(page.total()).isNull();
			page.items().forEach(row -> walked.add(row.id()));
		}
		assertThat(walked).containsExactlyElementsOf(importIds);

		List<UUID> walkedTasks = new ArrayList<>();
		PageOf<TaskView> tasks = getJson(events.tenantId(), "/api/history/tasks?size=2", TASKS);
		tasks.items().forEach(task -> walkedTasks.add(task.id()));
		while (tasks.next() != null) {
			tasks = getJson(events.tenantId(), "/api/history/tasks?size=2&cursor=" + tasks.next(), TASKS);
			tasks.items().forEach(task -> walkedTasks.add(task.id()));
		}
		assertThat(walkedTasks).containsExactlyElementsOf(taskIds);
	}

	@Test
	void invalidPagingIsABadRequestProblem() {
		String tenant = newTenant("invalid");
		for (String query : List.of("size=501", "size=0", "page=-1", "kind=PHOTO", "status=DONE")) {
			ResponseEntity<String> response = get(tenant, "/api/history/tasks?" + query);
			assertThat(response.getStatusCode().value()).as(query).isEqualTo(400);
			assertThat(response.getHeaders().getContentType()).as(query).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		}
		assertThat(get(tenant, "/api/history/imports?size=501").getStatusCode().value()).isEqualTo(400);
		assertThat(get(tenant, "/api/history/imports?cursor=not-a-cursor").getStatusCode().value()).isEqualTo(400);
		assertThat(get(tenant, "/api/history/tasks?size=500").getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void withoutTenantEveryEndpointAnswersUnauthorized() {
		for (String path : List.of("/api/history/imports", "/api/history/tasks", "/api/history/tasks/counts",
				"/api/history/tasks/" + UUID.randomUUID())) {
			ResponseEntity<String> response = get(null, path);
			assertThat(response.getStatusCode().value()).as(path).isEqualTo(401);
			assertThat(response.getHeaders().getContentType()).as(path).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	@Test
	void anotherTenantsTaskIsNotFoundExactlyLikeAnUnknownOne() {
		TestEvents owner = new TestEvents(newTenant("owner"));
		String other = newTenant("other");
		UUID taskId = UUID.randomUUID();
		publishAndAwait(owner.requested(taskId, 1, UUID.randomUUID(), null, 1, start));

		ResponseEntity<String> foreign = get(other, "/api/history/tasks/" + taskId);
		ResponseEntity<String> unknown = get(other, "/api/history/tasks/" + UUID.randomUUID());
		assertThat(foreign.getStatusCode().value()).isEqualTo(404);
		assertThat(unknown.getStatusCode().value()).isEqualTo(404);
		assertThat(foreign.getBody().replace(taskId.toString(), "ID"))
			.isEqualTo(unknown.getBody().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "ID"));
		assertThat(getJson(other, "/api/history/tasks", TASKS).total()).isZero();
		assertThat(getJson(other, "/api/history/tasks/counts", new TypeReference<Map<String, Long>>() {
		})).containsEntry("RESUME", 0L);
	}

	@Test
	void aPoisonRecordGoesToItsDeadLetterTopicAndTheRecordsAfterItAreProjected() {
		TestEvents events = new TestEvents(newTenant("poison"));
		double deadLettersBefore = deadLetters(Topics.EXTRACTION_EVENTS);
		UUID taskId = UUID.randomUUID();
		UUID recordId = UUID.randomUUID();
		try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringSerializer(),
				new ByteArraySerializer())) {
			ProducerRecord<String, byte[]> unreadable = new ProducerRecord<>(Topics.EXTRACTION_EVENTS, taskId.toString(),
					"{not json".getBytes(StandardCharsets.UTF_8));
			unreadable.headers().add(EventTypes.HEADER, "ExtractionStarted.v1".getBytes(StandardCharsets.UTF_8));
			raw.send(unreadable);
			raw.flush();
		}
		publisher.publish(new ExtractionStarted(UUID.randomUUID(), null, start, taskId, recordId, TaskKind.RESUME,
				"worker-1", 1, 1));
		publishAndAwait(events.started(taskId, recordId, start));

		await().atMost(PROJECTED_WITHIN).until(() -> deadLetters(Topics.EXTRACTION_EVENTS) >= deadLettersBefore + 2);
		assertThat(task(events.tenantId(), taskId).status()).isEqualTo(TaskStatus.RUNNING);
		assertThat(deadLetterKeys(Topics.deadLetter(Topics.EXTRACTION_EVENTS))).contains(taskId.toString());
	}

	private double deadLetters(String topic) {
		Counter counter = meters.find("careers.dead.letters").tag("topic", topic).counter();
		return counter == null ? 0 : counter.count();
	}

	private List<String> deadLetterKeys(String topic) {
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringDeserializer(),
				new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic)
				.stream()
				.map(partition -> new TopicPartition(topic, partition.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			List<String> keys = new ArrayList<>();
			await().atMost(PROJECTED_WITHIN).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach(record -> keys.add(record.key()));
				return partitions.stream().allMatch(partition -> consumer.position(partition) >= consumer
					.endOffsets(List.of(partition)).get(partition));
			});
			return keys;
		}
	}

	private TaskView task(String tenant, UUID taskId) {
		return getJson(tenant, "/api/history/tasks/" + taskId, new TypeReference<TaskView>() {
		});
	}

	private List<ImportView> importsOf(String tenant) {
		return getJson(tenant, "/api/history/imports", IMPORTS).items();
	}

}

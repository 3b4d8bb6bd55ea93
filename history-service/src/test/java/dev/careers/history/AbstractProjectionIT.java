package dev.careers.history;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import dev.careers.events.FailureCode;
import dev.careers.events.ImportType;
import dev.careers.events.TaskKind;
import dev.careers.history.importhistory.ImportStatus;
import dev.careers.history.importhistory.ImportView;
import dev.careers.history.tasks.TaskStatus;
import dev.careers.history.tasks.TaskView;
import dev.careers.history.web.PageOf;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Events on the real broker become Import History and Background Tasks rows, whatever their order. */
abstract class AbstractProjectionIT extends HistoryServiceTestSupport {

	private static final TypeReference<PageOf<ImportView>> IMPORTS = new TypeReference<>() {
	};

	private static final TypeReference<PageOf<TaskView>> TASKS = new TypeReference<>() {
	};

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
				0, ImportStatus.COMPLETED));
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

}

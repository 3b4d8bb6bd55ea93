package dev.careers.history.readmodel.tasks;

import java.util.Map;
import java.util.UUID;

import dev.careers.events.TaskKind;
import dev.careers.support.tenancy.NotFoundException;
import dev.careers.history.web.Cursor;
import dev.careers.history.web.PageOf;
import dev.careers.history.web.PageRequest;
import dev.careers.support.tenancy.TenantId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/history/tasks")
class TaskController {

	private final TaskQueries queries;

	TaskController(TaskQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	PageOf<TaskView> tasks(TenantId tenant, @RequestParam(required = false) TaskKind kind,
			@RequestParam(required = false) TaskStatus status, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) int size,
			@RequestParam(required = false) Cursor cursor) {
		return queries.newestFirst(tenant.value(), kind, status, new PageRequest(page, size, cursor));
	}

	@GetMapping("/counts")
	Map<TaskKind, Long> counts(TenantId tenant) {
		return queries.countsByKind(tenant.value());
	}

	@GetMapping("/{taskId}")
	TaskView task(TenantId tenant, @PathVariable UUID taskId) {
		return queries.find(tenant.value(), taskId).orElseThrow(() -> new NotFoundException("task", taskId));
	}

}

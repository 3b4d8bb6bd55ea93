package dev.careers.importer.jobs;

import java.util.UUID;

import dev.careers.importer.documents.DocumentResponses;
import dev.careers.importer.documents.Documents;
import dev.careers.importer.tasks.TaskStatus;
import dev.careers.support.tenancy.NotFoundException;
import dev.careers.support.tenancy.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Uploaded Jobs: list, read, edit, Extract Skills, and the JD PDF a job came from. */
@RestController
@RequestMapping("/api/jobs")
class JobController {

	private final JobQueries queries;

	private final JobEditing editing;

	private final Documents documents;

	JobController(JobQueries queries, JobEditing editing, Documents documents) {
		this.queries = queries;
		this.editing = editing;
		this.documents = documents;
	}

	@GetMapping
	JobViews.Page list(TenantId tenant, @RequestParam(required = false) String q,
			@RequestParam(required = false) TaskStatus status, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return queries.list(tenant, q, status, page, size);
	}

	@GetMapping("/{jobId}")
	JobViews.Detail detail(TenantId tenant, @PathVariable UUID jobId) {
		return queries.detail(tenant, jobId).orElseThrow(() -> new NotFoundException("job"));
	}

	@PatchMapping("/{jobId}")
	JobViews.Detail edit(TenantId tenant, @PathVariable UUID jobId, @Valid @RequestBody JobEditing.Changes changes) {
		editing.edit(tenant, jobId, changes);
		return detail(tenant, jobId);
	}

	@PostMapping("/{jobId}/extract-skills")
	@ResponseStatus(HttpStatus.ACCEPTED)
	JobViews.StartedTask extractSkills(TenantId tenant, @PathVariable UUID jobId) {
		return editing.extractSkills(tenant, jobId);
	}

	@GetMapping("/{jobId}/document/content")
	ResponseEntity<StreamingResponseBody> document(TenantId tenant, @PathVariable UUID jobId) {
		JobQueries.DocumentRef document = queries.document(tenant, jobId)
			.orElseThrow(() -> new NotFoundException("job document"));
		return DocumentResponses.stream(documents, tenant, document.documentId(), document.fileName());
	}

}

package dev.careers.importer.jobs;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dev.careers.support.tenancy.NotFoundException;
import dev.careers.support.tenancy.TenantId;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Internal: a job's current description as plain text, which an Extract Skills task reads (edits
 * included). The gateway never routes {@code /internal/**}.
 */
@RestController
class JobDescriptionController {

	private static final MediaType TEXT_UTF8 = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

	private final JobQueries queries;

	JobDescriptionController(JobQueries queries) {
		this.queries = queries;
	}

	static String path(UUID jobId) {
		return "/internal/jobs/" + jobId + "/description";
	}

	@GetMapping("/internal/jobs/{jobId}/description")
	ResponseEntity<String> description(TenantId tenant, @PathVariable UUID jobId) {
		String description = queries.description(tenant, jobId).orElseThrow(() -> new NotFoundException("job description"));
		return ResponseEntity.ok().contentType(TEXT_UTF8).body(description);
	}

}

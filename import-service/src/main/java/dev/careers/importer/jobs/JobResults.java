package dev.careers.importer.jobs;

import java.sql.Timestamp;
import java.util.List;

import dev.careers.events.ExtractionCompleted;
import dev.careers.events.ExtractionResult;
import dev.careers.events.JobPostingDetails;
import dev.careers.events.TaskKind;
import dev.careers.importer.tasks.ExtractionResultHandler;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores a job description's extraction result on its job: the posting fields and the extracted
 * skills, but only while that task is the job's current one (a late result of an older task never
 * overwrites a newer one), and never over a field the user edited. Dedupe and ordering are the
 * listener's: this runs once per task, when it completes.
 */
@Component
class JobResults implements ExtractionResultHandler {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	JobResults(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public TaskKind kind() {
		return TaskKind.JOB_DESCRIPTION;
	}

	@Override
	public void completed(ExtractionCompleted event) {
		ExtractionResult result = event.result();
		if (result == null) {
			return;
		}
		JobPostingDetails posting = result.posting() == null
				? new JobPostingDetails(null, null, null, null, null, null, null, null, null, null, null)
				: result.posting();
		jdbc.sql("""
				UPDATE jobs SET
				    title = CASE WHEN edited_fields @> '["title"]' THEN title ELSE coalesce(:title, title) END,
				    company = CASE WHEN edited_fields @> '["company"]' THEN company ELSE coalesce(:company, company) END,
				    locations = CASE WHEN edited_fields @> '["location"]' THEN locations
				                     ELSE coalesce(CAST(:locations AS jsonb), locations) END,
				    description = CASE WHEN edited_fields @> '["description"]' THEN description
				                       ELSE coalesce(:description, description) END,
				    employment_type = coalesce(:employmentType, employment_type),
				    remote = coalesce(:remote, remote),
				    salary = coalesce(:salary, salary),
				    date_posted = coalesce(:datePosted, date_posted),
				    valid_through = coalesce(:validThrough, valid_through),
				    page_url = coalesce(:pageUrl, page_url),
				    parsed_by = coalesce(:parsedBy, parsed_by),
				    extracted_skills = CAST(:skills AS jsonb),
				    updated_at = :at
				WHERE tenant_id = :tenant AND id = :job AND current_task_id = :task""")
			.param("title", blankToNull(posting.title()))
			.param("company", blankToNull(posting.company()))
			.param("locations", posting.locations() == null || posting.locations().isEmpty() ? null
					: json.writeValueAsString(posting.locations()))
			.param("description", blankToNull(posting.description()))
			.param("employmentType", blankToNull(posting.employmentType()))
			.param("remote", posting.remote())
			.param("salary", blankToNull(posting.salary()))
			.param("datePosted", blankToNull(posting.datePosted()))
			.param("validThrough", blankToNull(posting.validThrough()))
			.param("pageUrl", blankToNull(posting.sourceUrl()))
			.param("parsedBy", blankToNull(posting.parsedBy()))
			.param("skills", json.writeValueAsString(result.skills() == null ? List.of() : result.skills()))
			.param("at", Timestamp.from(event.occurredAt()))
			.param("tenant", event.tenantId())
			.param("job", event.recordId())
			.param("task", event.taskId())
			.update();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}

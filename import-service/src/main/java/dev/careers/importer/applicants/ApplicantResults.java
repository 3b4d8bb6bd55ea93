package dev.careers.importer.applicants;

import java.sql.Timestamp;
import java.util.List;

import dev.careers.events.ContactDetails;
import dev.careers.events.ExtractionCompleted;
import dev.careers.events.ExtractionResult;
import dev.careers.events.TaskKind;
import dev.careers.importer.duplicates.DuplicateDetection;
import dev.careers.importer.tasks.ExtractionResultHandler;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores a resume's extraction result: the skills on the resume version the task read, and the
 * contact details on the applicant, but only while that task is the applicant's current one, so a
 * late result for an older version never overwrites what a newer resume said. The applicant whose
 * current task it is may be another one than the task's record, once a user merged them (ADR 0019).
 * Then it looks for the same person among the tenant's other applicants.
 */
@Component
class ApplicantResults implements ExtractionResultHandler {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final DuplicateDetection duplicates;

	ApplicantResults(JdbcClient jdbc, JsonMapper json, DuplicateDetection duplicates) {
		this.jdbc = jdbc;
		this.json = json;
		this.duplicates = duplicates;
	}

	@Override
	public TaskKind kind() {
		return TaskKind.RESUME;
	}

	@Override
	public void completed(ExtractionCompleted event) {
		ExtractionResult result = event.result();
		if (result == null) {
			return;
		}
		jdbc.sql("UPDATE resume_versions SET skills = ?::jsonb WHERE tenant_id = ? AND task_id = ?")
			.params(json.writeValueAsString(result.skills() == null ? List.of() : result.skills()), event.tenantId(),
					event.taskId())
			.update();
		ContactDetails contact = result.contact();
		if (contact == null) {
			return;
		}
		jdbc.sql("""
				UPDATE applicants
				SET name = coalesce(?, name), email = coalesce(?, email), phone = coalesce(?, phone),
				    links = coalesce(?::jsonb, links), updated_at = ?
				WHERE tenant_id = ? AND current_task_id = ? AND merged_into IS NULL""")
			.params(blankToNull(contact.name()), blankToNull(contact.email()), blankToNull(contact.phone()),
					contact.links() == null || contact.links().isEmpty() ? null
							: json.writeValueAsString(contact.links()),
					Timestamp.from(event.occurredAt()), event.tenantId(), event.taskId())
			.update();
		duplicates.resumeRead(event.tenantId(), event.taskId());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}

package dev.careers.importer.jobs;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.careers.importer.tasks.Task;
import dev.careers.support.tenancy.NotFoundException;
import dev.careers.support.tenancy.TenantId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a user does on an Uploaded Job: edit its fields and Required Skills (an edited field is then
 * the user's, and extraction leaves it alone), and press Extract Skills, which starts a fresh task.
 */
@Component
class JobEditing {

	private static final Logger log = LoggerFactory.getLogger(JobEditing.class);

	private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final Jobs jobs;

	private final JsonMapper json;

	private final Clock clock;

	JobEditing(JdbcClient jdbc, Jobs jobs, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * A PATCH: absent fields stay as they are, a blank one is cleared.
	 *
	 * @param location one location, replacing the parsed list
	 */
	record Changes(@Size(max = 500) String title, @Size(max = 500) String company, @Size(max = 500) String location,
			@Size(max = 200_000) String description, @Size(max = 200) List<@NotBlank @Size(max = 200) String> addSkills,
			@Size(max = 200) List<@NotBlank @Size(max = 200) String> removeSkills) {
	}

	@Transactional
	void edit(TenantId tenant, UUID jobId, Changes changes) {
		Editable current = jdbc.sql("""
				SELECT title, company, locations, description, edited_fields, manual_skills, removed_skills
				FROM jobs WHERE tenant_id = ? AND id = ? FOR UPDATE""")
			.params(tenant.value(), jobId)
			.query((row, number) -> new Editable(row.getString("title"), row.getString("company"),
					row.getString("locations"), row.getString("description"), names(row.getString("edited_fields")),
					new RequiredSkills(names(row.getString("manual_skills")), names(row.getString("removed_skills")))))
			.optional()
			.orElseThrow(() -> new NotFoundException("job"));
		Set<String> edited = new LinkedHashSet<>(current.editedFields());
		String title = changed(changes.title(), current.title(), "title", edited);
		String company = changed(changes.company(), current.company(), "company", edited);
		String description = changed(changes.description(), current.description(), "description", edited);
		String locations = current.locations();
		if (changes.location() != null) {
			String location = blankToNull(changes.location());
			locations = json.writeValueAsString(location == null ? List.of() : List.of(location));
			edited.add("location");
		}
		RequiredSkills skills = current.skills()
			.edit(changes.addSkills() == null ? List.of() : changes.addSkills(),
					changes.removeSkills() == null ? List.of() : changes.removeSkills());
		jdbc.sql("""
				UPDATE jobs SET title = ?, company = ?, locations = ?::jsonb, description = ?,
				    edited_fields = ?::jsonb, manual_skills = ?::jsonb, removed_skills = ?::jsonb, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(title, company, locations, description, json.writeValueAsString(edited),
					json.writeValueAsString(skills.manual()), json.writeValueAsString(skills.removed()),
					Timestamp.from(clock.instant()), tenant.value(), jobId)
			.update();
		log.info("Job edited: tenant={} job={} editedFields={}", tenant, jobId, edited);
	}

	/** Extract Skills: the retry for a failed job, and the way to read an edited description. */
	@Transactional
	JobViews.StartedTask extractSkills(TenantId tenant, UUID jobId) {
		Jobs.Source job = jobs.lock(tenant, jobId).orElseThrow(() -> new NotFoundException("job"));
		Task task = jobs.extractAgain(tenant, job);
		log.info("Extract Skills: tenant={} job={} task={} attempt={}", tenant, jobId, task.id(), task.attempt());
		return new JobViews.StartedTask(jobId, task.id(), task.number(), task.attempt());
	}

	private static String changed(String requested, String current, String field, Set<String> edited) {
		if (requested == null) {
			return current;
		}
		edited.add(field);
		return blankToNull(requested);
	}

	private List<String> names(String jsonArray) {
		return json.readValue(jsonArray, NAMES);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private record Editable(String title, String company, String locations, String description,
			List<String> editedFields, RequiredSkills skills) {
	}

}

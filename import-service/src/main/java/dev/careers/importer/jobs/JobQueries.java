package dev.careers.importer.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.careers.events.SkillMatch;
import dev.careers.importer.documents.Documents;
import dev.careers.importer.tasks.ExtractionStatus;
import dev.careers.importer.tasks.ExtractionTasks;
import dev.careers.importer.tasks.TaskStatus;
import dev.careers.support.tenancy.TenantId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads jobs for the API, always within one tenant. */
@Component
class JobQueries {

	private static final TypeReference<List<SkillMatch>> SKILLS = new TypeReference<>() {
	};

	private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ExtractionTasks tasks;

	private final Documents documents;

	private final JsonMapper json;

	JobQueries(JdbcClient jdbc, ExtractionTasks tasks, Documents documents, JsonMapper json) {
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.documents = documents;
		this.json = json;
	}

	/**
	 * @param query matched against title, company, locations, posting URL and file name, or null for all
	 * @param status the current task's status, or null for any
	 */
	@Transactional(readOnly = true)
	JobViews.Page list(TenantId tenant, String query, TaskStatus status, int page, int size) {
		String text = query == null || query.isBlank() ? null : query.strip().toLowerCase(Locale.ROOT);
		String from = """
				FROM jobs j JOIN extraction_tasks t ON t.id = j.current_task_id
				WHERE j.tenant_id = :tenant
				  AND (CAST(:status AS TEXT) IS NULL OR t.status = :status)
				  AND (CAST(:text AS TEXT) IS NULL
				       OR strpos(lower(concat_ws(' ', j.title, j.company, CAST(j.locations AS TEXT), j.source_url,
				                                 j.source_file_name)), :text) > 0)""";
		String statusName = status == null ? null : status.name();
		long total = jdbc.sql("SELECT count(*) " + from)
			.param("tenant", tenant.value())
			.param("status", statusName)
			.param("text", text)
			.query(Long.class)
			.single();
		List<JobViews.Summary> items = jdbc.sql("""
				SELECT j.id, j.title, j.company, j.locations, j.source_url, j.source_file_name, j.created_at,
				       j.updated_at, t.status AS task_status
				""" + from
				+ " ORDER BY j.created_at DESC, j.id LIMIT :limit OFFSET :offset")
			.param("tenant", tenant.value())
			.param("status", statusName)
			.param("text", text)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((row, number) -> new JobViews.Summary(row.getObject("id", UUID.class), row.getString("title"),
					row.getString("company"), location(names(row, "locations")), row.getString("source_url"),
					row.getString("source_file_name"), TaskStatus.valueOf(row.getString("task_status")),
					instant(row, "created_at"), instant(row, "updated_at")))
			.list();
		return new JobViews.Page(items, total);
	}

	@Transactional(readOnly = true)
	Optional<JobViews.Detail> detail(TenantId tenant, UUID jobId) {
		return jdbc.sql("SELECT * FROM jobs WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), jobId)
			.query((row, number) -> detailOf(tenant, row))
			.optional();
	}

	/** The JD PDF a job was imported from, if it was. */
	Optional<DocumentRef> document(TenantId tenant, UUID jobId) {
		return jdbc.sql("""
				SELECT document_id, source_file_name FROM jobs
				WHERE tenant_id = ? AND id = ? AND document_id IS NOT NULL""")
			.params(tenant.value(), jobId)
			.query((row, number) -> new DocumentRef(row.getObject("document_id", UUID.class),
					row.getString("source_file_name")))
			.optional();
	}

	private JobViews.Detail detailOf(TenantId tenant, ResultSet row) throws SQLException {
		UUID id = row.getObject("id", UUID.class);
		List<String> locations = names(row, "locations");
		RequiredSkills skills = new RequiredSkills(names(row, "manual_skills"), names(row, "removed_skills"));
		UUID documentId = row.getObject("document_id", UUID.class);
		String fileName = row.getString("source_file_name");
		JobViews.Document document = documentId == null ? null
				: documents.find(tenant, documentId)
					.map(stored -> new JobViews.Document(documentId, fileName, stored.sizeBytes(), stored.sha256(),
							"/api/jobs/" + id + "/document/content"))
					.orElse(null);
		ExtractionStatus extraction = ExtractionStatus
			.of(tasks.find(tenant, row.getObject("current_task_id", UUID.class)).orElseThrow());
		Boolean remote = row.getObject("remote", Boolean.class);
		return new JobViews.Detail(id, row.getString("title"), row.getString("company"), location(locations),
				locations, row.getString("employment_type"), remote, row.getString("salary"),
				row.getString("date_posted"), row.getString("valid_through"), row.getString("description"),
				row.getString("source_url"), row.getString("page_url"), row.getString("parsed_by"), fileName, document,
				skills.over(json.readValue(row.getString("extracted_skills"), SKILLS)),
				names(row, "edited_fields"), row.getObject("import_id", UUID.class), extraction,
				instant(row, "created_at"), instant(row, "updated_at"));
	}

	private List<String> names(ResultSet row, String column) throws SQLException {
		return json.readValue(row.getString(column), NAMES);
	}

	private static String location(List<String> locations) {
		return locations.isEmpty() ? null : String.join("; ", locations);
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		return row.getObject(column, OffsetDateTime.class).toInstant();
	}

	record DocumentRef(UUID documentId, String fileName) {
	}

}

package dev.careers.importer.applicants;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.careers.events.SkillMatch;
import dev.careers.importer.duplicates.PossibleDuplicate;
import dev.careers.importer.duplicates.PossibleDuplicates;
import dev.careers.importer.tasks.ExtractionStatus;
import dev.careers.importer.tasks.ExtractionTasks;
import dev.careers.importer.tasks.Task;
import dev.careers.importer.tasks.TaskStatus;
import dev.careers.support.tenancy.TenantId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads applicants for the API, always within one tenant. */
@Component
class ApplicantQueries {

	private static final TypeReference<List<SkillMatch>> SKILLS = new TypeReference<>() {
	};

	private static final TypeReference<List<String>> LINKS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ExtractionTasks tasks;

	private final JsonMapper json;

	private final PossibleDuplicates duplicates;

	ApplicantQueries(JdbcClient jdbc, ExtractionTasks tasks, JsonMapper json, PossibleDuplicates duplicates) {
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.json = json;
		this.duplicates = duplicates;
	}

	/** @param query matched against name, email and source file name, or null for all */
	@Transactional(readOnly = true)
	ApplicantViews.Page list(TenantId tenant, String query, int page, int size) {
		String pattern = query == null || query.isBlank() ? null : "%" + escapeLike(query.strip()) + "%";
		String where = """
				WHERE a.tenant_id = :tenant AND a.merged_into IS NULL
				  AND (CAST(:pattern AS TEXT) IS NULL OR a.name ILIKE :pattern OR a.email ILIKE :pattern
				       OR a.source_file_name ILIKE :pattern)""";
		long total = jdbc.sql("SELECT count(*) FROM applicants a " + where)
			.param("tenant", tenant.value())
			.param("pattern", pattern)
			.query(Long.class)
			.single();
		List<ApplicantViews.Summary> rows = jdbc.sql("""
				SELECT a.*, t.status AS task_status FROM applicants a
				JOIN extraction_tasks t ON t.id = a.current_task_id
				""" + where + " ORDER BY a.created_at DESC, a.id LIMIT :limit OFFSET :offset")
			.param("tenant", tenant.value())
			.param("pattern", pattern)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((row, number) -> new ApplicantViews.Summary(row.getObject("id", UUID.class), row.getString("name"),
					row.getString("email"), row.getString("source_file_name"), row.getInt("current_version"),
					TaskStatus.valueOf(row.getString("task_status")), instant(row, "created_at"),
					instant(row, "updated_at"), List.of()))
			.list();
		Map<UUID, List<PossibleDuplicate>> pairs = duplicates.of(tenant,
				rows.stream().map(ApplicantViews.Summary::id).toList());
		List<ApplicantViews.Summary> items = rows.stream()
			.map(row -> row.withPossibleDuplicates(pairs.getOrDefault(row.id(), List.of())))
			.toList();
		return new ApplicantViews.Page(items, total);
	}

	@Transactional(readOnly = true)
	Optional<ApplicantViews.Profile> profile(TenantId tenant, UUID applicantId) {
		return jdbc.sql("SELECT * FROM applicants WHERE tenant_id = ? AND id = ? AND merged_into IS NULL")
			.params(tenant.value(), applicantId)
			.query((row, number) -> profileOf(tenant, row))
			.optional();
	}

	/** The applicant that {@code applicantId} was merged into, if it was (ADR 0019). */
	Optional<UUID> mergedInto(TenantId tenant, UUID applicantId) {
		return jdbc.sql("SELECT merged_into FROM applicants WHERE tenant_id = ? AND id = ? AND merged_into IS NOT NULL")
			.params(tenant.value(), applicantId)
			.query(UUID.class)
			.optional();
	}

	Optional<ResumeDocument> resumeDocument(TenantId tenant, UUID applicantId, int version) {
		return jdbc.sql("""
				SELECT document_id, file_name FROM resume_versions
				WHERE tenant_id = ? AND applicant_id = ? AND version = ?""")
			.params(tenant.value(), applicantId, version)
			.query((row, number) -> new ResumeDocument(row.getObject("document_id", UUID.class),
					row.getString("file_name")))
			.optional();
	}

	private ApplicantViews.Profile profileOf(TenantId tenant, ResultSet row) throws SQLException {
		UUID id = row.getObject("id", UUID.class);
		int currentVersion = row.getInt("current_version");
		List<ApplicantViews.ResumeVersion> resumes = jdbc.sql("""
				SELECT version, file_name, size_bytes, sha256, uploaded_at, task_id, import_id,
				       coalesce(jsonb_array_length(skills), 0) AS skill_count
				FROM resume_versions WHERE tenant_id = ? AND applicant_id = ? ORDER BY version""")
			.params(tenant.value(), id)
			.query((version, number) -> new ApplicantViews.ResumeVersion(version.getInt("version"),
					version.getString("file_name"), version.getLong("size_bytes"), version.getString("sha256"),
					instant(version, "uploaded_at"), version.getObject("task_id", UUID.class),
					version.getObject("import_id", UUID.class), version.getInt("skill_count")))
			.list();
		String skills = jdbc.sql("SELECT skills FROM resume_versions WHERE tenant_id = ? AND applicant_id = ? AND version = ?")
			.params(tenant.value(), id, currentVersion)
			.query(String.class)
			.optional()
			.orElse(null);
		Task task = tasks.find(tenant, row.getObject("current_task_id", UUID.class)).orElseThrow();
		return new ApplicantViews.Profile(id, row.getString("name"), row.getString("email"), row.getString("phone"),
				json.readValue(row.getString("links"), LINKS), row.getString("source_file_name"), currentVersion,
				instant(row, "created_at"), instant(row, "updated_at"),
				skills == null ? List.of() : json.readValue(skills, SKILLS), ExtractionStatus.of(task), resumes,
				duplicates.of(tenant, id));
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp timestamp = row.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	record ResumeDocument(UUID documentId, String fileName) {
	}

}

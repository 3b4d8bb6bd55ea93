package dev.careers.importer.applicants;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import dev.careers.events.ImportType;
import dev.careers.events.RecordKind;
import dev.careers.importer.imports.AdvisoryLocks;
import dev.careers.importer.imports.ImportedRecord;
import dev.careers.importer.imports.RecordFileImporter;
import dev.careers.support.tenancy.TenantId;
import dev.careers.importer.uploads.Upload;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One resume of an APPLICANTS import: SKIPPED when the tenant already holds exactly this content,
 * UPDATED (a new version) when an applicant came from a file of this name, else CREATED.
 */
@Component
class ApplicantImporter implements RecordFileImporter {

	private final JdbcClient jdbc;

	private final AdvisoryLocks locks;

	private final Resumes resumes;

	ApplicantImporter(JdbcClient jdbc, AdvisoryLocks locks, Resumes resumes) {
		this.jdbc = jdbc;
		this.locks = locks;
		this.resumes = resumes;
	}

	@Override
	public ImportType importType() {
		return ImportType.APPLICANTS;
	}

	@Override
	public RecordKind recordKind() {
		return RecordKind.APPLICANT;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public ImportedRecord importFile(TenantId tenant, UUID importId, Upload upload) {
		locks.lock(tenant, new AdvisoryLocks.Lock("applicant-file", upload.fileName()),
				new AdvisoryLocks.Lock("applicant-content", upload.sha256()));
		Optional<UUID> holder = applicantHoldingContent(tenant, upload.sha256());
		if (holder.isPresent()) {
			return ImportedRecord.skipped(holder.get());
		}
		Optional<SameName> sameName = applicantFromFile(tenant, upload.fileName());
		if (sameName.isPresent()) {
			Resumes.NewVersion version = resumes.addVersion(tenant, sameName.get().id(),
					sameName.get().currentVersion(), upload, importId);
			return ImportedRecord.updated(version.applicantId(), version.task().id());
		}
		Resumes.NewVersion created = resumes.createApplicant(tenant, upload, importId);
		return ImportedRecord.created(created.applicantId(), created.task().id());
	}

	private Optional<UUID> applicantHoldingContent(TenantId tenant, String sha256) {
		return jdbc.sql("SELECT applicant_id FROM resume_versions WHERE tenant_id = ? AND sha256 = ? LIMIT 1")
			.params(tenant.value(), sha256)
			.query(UUID.class)
			.optional();
	}

	/** The applicant a file of this name made, or the one it was merged into (ADR 0019), locked. */
	private Optional<SameName> applicantFromFile(TenantId tenant, String fileName) {
		return jdbc.sql("""
				SELECT id, current_version, merged_into FROM applicants
				WHERE tenant_id = ? AND source_file_name = ? FOR UPDATE""")
			.params(tenant.value(), fileName)
			.query(SameName::of)
			.optional()
			.map(found -> found.mergedInto() == null ? found : survivor(tenant, found.mergedInto()));
	}

	private SameName survivor(TenantId tenant, UUID applicantId) {
		return jdbc.sql("SELECT id, current_version, merged_into FROM applicants WHERE tenant_id = ? AND id = ? FOR UPDATE")
			.params(tenant.value(), applicantId)
			.query(SameName::of)
			.single();
	}

	private record SameName(UUID id, int currentVersion, UUID mergedInto) {

		static SameName of(ResultSet row, int number) throws SQLException {
			return new SameName(row.getObject("id", UUID.class), row.getInt("current_version"),
					row.getObject("merged_into", UUID.class));
		}

	}

}

package dev.careers.importer.applicants;

import java.util.UUID;

import dev.careers.support.tenancy.NotFoundException;
import dev.careers.support.tenancy.TenantId;
import dev.careers.importer.uploads.Upload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resume uploaded on an applicant's profile: a new version and a fresh task. This is how a
 * failed extraction is retried, so the same content as before is welcome here.
 */
@Component
class ProfileResumeUpload {

	private static final Logger log = LoggerFactory.getLogger(ProfileResumeUpload.class);

	private final JdbcClient jdbc;

	private final Resumes resumes;

	ProfileResumeUpload(JdbcClient jdbc, Resumes resumes) {
		this.jdbc = jdbc;
		this.resumes = resumes;
	}

	@Transactional
	Resumes.NewVersion addVersion(TenantId tenant, UUID applicantId, Upload upload) {
		int currentVersion = jdbc.sql("SELECT current_version FROM applicants WHERE tenant_id = ? AND id = ? AND merged_into IS NULL FOR UPDATE")
			.params(tenant.value(), applicantId)
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("applicant"));
		Resumes.NewVersion version = resumes.addVersion(tenant, applicantId, currentVersion, upload, null);
		log.info("Resume version added: tenant={} applicant={} version={} task={}", tenant, applicantId,
				version.version(), version.task().id());
		return version;
	}

}

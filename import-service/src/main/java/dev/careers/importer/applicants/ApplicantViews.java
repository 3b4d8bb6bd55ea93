package dev.careers.importer.applicants;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.careers.events.SkillMatch;
import dev.careers.importer.duplicates.PossibleDuplicate;
import dev.careers.importer.tasks.ExtractionStatus;
import dev.careers.importer.tasks.TaskStatus;

/** What the applicant API answers. */
final class ApplicantViews {

	private ApplicantViews() {
	}

	record Page(List<Summary> items, long total) {
	}

	/** @param possibleDuplicates the other applicants this one may be the same person as, and why */
	record Summary(UUID id, String name, String email, String sourceFileName, int currentVersion,
			TaskStatus extractionStatus, Instant createdAt, Instant updatedAt,
			List<PossibleDuplicate> possibleDuplicates) {

		Summary withPossibleDuplicates(List<PossibleDuplicate> pairs) {
			return new Summary(id, name, email, sourceFileName, currentVersion, extractionStatus, createdAt, updatedAt,
					pairs);
		}

	}

	record Profile(UUID id, String name, String email, String phone, List<String> links, String sourceFileName,
			int currentVersion, Instant createdAt, Instant updatedAt, List<SkillMatch> skills,
			ExtractionStatus extraction, List<ResumeVersion> resumes, List<PossibleDuplicate> possibleDuplicates) {
	}

	record ResumeVersion(int version, String fileName, long sizeBytes, String sha256, Instant uploadedAt,
			UUID taskId, UUID importId, int skillCount) {
	}

}

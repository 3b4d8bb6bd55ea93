package dev.careers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Extraction found that two applicants of a tenant may be one person. Found once per pair.
 *
 * @param applicantId the older applicant of the pair: the one a merge keeps
 * @param duplicateId the newer applicant of the pair
 * @param importId the import that brought the newer applicant's resume, or null when it was
 * uploaded on a profile
 */
public record PossibleDuplicateFound(UUID eventId, String tenantId, Instant occurredAt, UUID applicantId,
		UUID duplicateId, DuplicateMatch matchedOn, UUID importId) implements ApplicantEvent {

	@Override
	public <R> R accept(ApplicantEvent.Visitor<R> visitor) {
		return visitor.on(this);
	}

}

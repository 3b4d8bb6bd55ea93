package dev.careers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A user merged two applicants into one: {@code applicantId}, the older, keeps its id and gains the
 * resume versions of {@code mergedApplicantId}, whose latest resume became its latest version
 * {@code currentVersion}. The merged applicant is gone from then on.
 */
public record ApplicantsMerged(UUID eventId, String tenantId, Instant occurredAt, UUID applicantId,
		UUID mergedApplicantId, int currentVersion) implements ApplicantEvent {

	@Override
	public <R> R accept(ApplicantEvent.Visitor<R> visitor) {
		return visitor.on(this);
	}

}

package dev.careers.events;

import java.util.UUID;

/**
 * Events on {@code applicant.events}, keyed by the applicant that stays: a possible duplicate and
 * the merge that resolves it share a partition, so they arrive in order.
 */
public sealed interface ApplicantEvent extends CareersEvent permits PossibleDuplicateFound, ApplicantsMerged {

	UUID applicantId();

	@Override
	default String key() {
		return applicantId().toString();
	}

}

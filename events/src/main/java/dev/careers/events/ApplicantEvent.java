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

	/** Hands this event to the visitor's method for its type. */
	<R> R accept(Visitor<R> visitor);

	@Override
	default <R> R accept(CareersEvent.Visitor<R> visitor) {
		return accept((Visitor<R>) visitor);
	}

	/** One method per applicant event: a new event type fails to compile until every visitor handles it. */
	interface Visitor<R> {

		R on(PossibleDuplicateFound event);

		R on(ApplicantsMerged event);

	}

}

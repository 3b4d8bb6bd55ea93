package dev.careers.importer.duplicates;

import java.util.UUID;

import dev.careers.events.DuplicateMatch;

/**
 * The other applicant of a possible duplicate pair, as a list row or a profile shows it.
 *
 * @param applicantId the other applicant
 * @param older whether the other applicant is the older of the two: the one a merge keeps
 */
public record PossibleDuplicate(UUID applicantId, String name, String email, DuplicateMatch matchedOn,
		boolean older) {
}

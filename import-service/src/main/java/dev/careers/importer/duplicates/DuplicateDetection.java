package dev.careers.importer.duplicates;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.careers.events.DuplicateMatch;
import dev.careers.events.PossibleDuplicateFound;
import dev.careers.importer.imports.AdvisoryLocks;
import dev.careers.support.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the same person twice (ADR 0019): once extraction stored an applicant's contact details,
 * the applicant is paired with the oldest other applicant of the tenant that has the same email, or
 * failing an email on either side, the same phone number. Never on a name, never across tenants,
 * never merged automatically: a pair is only marked, once, and {@link PossibleDuplicateFound} says
 * so through the outbox.
 */
@Component
public class DuplicateDetection {

	private static final Logger log = LoggerFactory.getLogger(DuplicateDetection.class);

	private final JdbcClient jdbc;

	private final ContactKeys keys;

	private final AdvisoryLocks locks;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DuplicateDetection(JdbcClient jdbc, ContactKeys keys, AdvisoryLocks locks, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.locks = locks;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Checks the applicant whose current resume {@code taskId} read, in the transaction that stored
	 * what it read.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void resumeRead(String tenantId, UUID taskId) {
		TenantId tenant = new TenantId(tenantId);
		Optional<Contact> read = jdbc.sql("""
				SELECT id, email, phone FROM applicants
				WHERE tenant_id = ? AND current_task_id = ? AND merged_into IS NULL""")
			.params(tenantId, taskId)
			.query((row, number) -> new Contact(row.getObject("id", UUID.class), keys.email(row.getString("email")),
					keys.phone(row.getString("phone"))))
			.optional();
		if (read.isEmpty()) {
			return;
		}
		Contact contact = read.get();
		// two resumes of one person read at once: the second waits, then sees the first's keys
		if (contact.emailKey() != null) {
			locks.lock(tenant, "contact-email", contact.emailKey());
		}
		if (contact.phoneKey() != null) {
			locks.lock(tenant, "contact-phone", contact.phoneKey());
		}
		jdbc.sql("UPDATE applicants SET email_key = ?, phone_key = ? WHERE tenant_id = ? AND id = ?")
			.params(contact.emailKey(), contact.phoneKey(), tenantId, contact.applicantId())
			.update();
		if (contact.emailKey() != null || contact.phoneKey() != null) {
			oldestMatch(tenantId, contact).ifPresent(match -> mark(tenantId, contact.applicantId(), match));
		}
	}

	/** An email match first; a phone match only where one side has no email to compare. */
	private Optional<Match> oldestMatch(String tenantId, Contact contact) {
		return jdbc.sql("""
				SELECT id, email_key = :email AS by_email FROM applicants
				WHERE tenant_id = :tenant AND id <> :self AND merged_into IS NULL
				  AND (email_key = :email
				       OR (phone_key = :phone AND (email_key IS NULL OR CAST(:email AS TEXT) IS NULL)))
				ORDER BY (email_key = :email) IS TRUE DESC, created_at, id
				LIMIT 1""")
			.param("tenant", tenantId)
			.param("self", contact.applicantId())
			.param("email", contact.emailKey())
			.param("phone", contact.phoneKey())
			.query((row, number) -> new Match(row.getObject("id", UUID.class),
					row.getBoolean("by_email") ? DuplicateMatch.EMAIL : DuplicateMatch.PHONE))
			.optional();
	}

	private void mark(String tenantId, UUID applicantId, Match match) {
		Pair pair = jdbc.sql("""
				SELECT a.id AS older, b.id AS newer, v.import_id FROM applicants a, applicants b
				JOIN resume_versions v ON v.applicant_id = b.id AND v.version = b.current_version
				WHERE a.tenant_id = :tenant AND b.tenant_id = :tenant AND a.id IN (:one, :other)
				  AND b.id IN (:one, :other) AND (a.created_at, a.id) < (b.created_at, b.id)""")
			.param("tenant", tenantId)
			.param("one", applicantId)
			.param("other", match.applicantId())
			.query((row, number) -> new Pair(row.getObject("older", UUID.class), row.getObject("newer", UUID.class),
					row.getObject("import_id", UUID.class)))
			.single();
		Instant now = clock.instant();
		boolean found = jdbc.sql("""
				INSERT INTO possible_duplicates (tenant_id, applicant_id, duplicate_id, matched_on, import_id, found_at)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(tenantId, pair.older(), pair.newer(), match.matchedOn().name(), pair.importId(),
					Timestamp.from(now))
			.update() == 1;
		if (found) {
			events.publishEvent(new PossibleDuplicateFound(UUID.randomUUID(), tenantId, now, pair.older(),
					pair.newer(), match.matchedOn(), pair.importId()));
			log.info("Possible duplicate found: tenant={} applicant={} duplicate={} matchedOn={}", tenantId,
					pair.older(), pair.newer(), match.matchedOn());
		}
	}

	private record Contact(UUID applicantId, String emailKey, String phoneKey) {
	}

	private record Match(UUID applicantId, DuplicateMatch matchedOn) {
	}

	private record Pair(UUID older, UUID newer, UUID importId) {
	}

}

package dev.careers.importer.duplicates;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import dev.careers.events.ApplicantsMerged;
import dev.careers.support.tenancy.NotFoundException;
import dev.careers.support.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * Merges two applicants of a tenant into one, as a user asked (ADR 0019): the older keeps its id
 * and gains the newer's resume versions after its own, the newer's latest resume becoming its
 * latest version, so skills follow that resume; contact details the newer resume gave replace the
 * older's. The newer applicant is gone from then on: its id redirects to the one that stays.
 * Merging the same two again, or an applicant into the one it was merged into, changes nothing.
 */
@Component
class ApplicantMerge {

	private static final Logger log = LoggerFactory.getLogger(ApplicantMerge.class);

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApplicantMerge(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	Merged merge(TenantId tenant, UUID oneId, UUID otherId) {
		if (oneId.equals(otherId)) {
			throw badRequest("An applicant cannot be merged with itself.");
		}
		List<Side> given = lockInIdOrder(tenant, oneId, otherId);
		UUID oneSurvivor = given.get(0).survivor();
		UUID otherSurvivor = given.get(1).survivor();
		if (oneSurvivor.equals(otherSurvivor)) {
			UUID gone = given.get(0).id().equals(oneSurvivor) ? given.get(1).id() : given.get(0).id();
			return current(tenant, oneSurvivor, gone);
		}
		List<Side> live = lockInIdOrder(tenant, oneSurvivor, otherSurvivor).stream()
			.sorted(Comparator.comparing(Side::createdAt).thenComparing(Side::id))
			.toList();
		return merge(tenant, live.get(0), live.get(1));
	}

	private Merged merge(TenantId tenant, Side kept, Side merged) {
		Instant now = clock.instant();
		jdbc.sql("""
				UPDATE resume_versions r SET applicant_id = :kept, version = :keptVersion + s.position
				FROM (SELECT version, row_number() OVER (ORDER BY version) AS position
				      FROM resume_versions WHERE tenant_id = :tenant AND applicant_id = :merged) s
				WHERE r.tenant_id = :tenant AND r.applicant_id = :merged AND r.version = s.version""")
			.param("tenant", tenant.value())
			.param("kept", kept.id())
			.param("merged", merged.id())
			.param("keptVersion", kept.currentVersion())
			.update();
		int currentVersion = kept.currentVersion() + merged.currentVersion();
		// the newer resume's contact details win where it gave any; its name only once extraction read it
		jdbc.sql("""
				UPDATE applicants k SET current_version = :version, current_task_id = m.current_task_id,
				    name = CASE WHEN t.status = 'COMPLETED' THEN m.name ELSE k.name END,
				    email = coalesce(m.email, k.email), phone = coalesce(m.phone, k.phone),
				    email_key = coalesce(m.email_key, k.email_key), phone_key = coalesce(m.phone_key, k.phone_key),
				    links = CASE WHEN jsonb_array_length(m.links) > 0 THEN m.links ELSE k.links END, updated_at = :now
				FROM applicants m JOIN extraction_tasks t ON t.id = m.current_task_id
				WHERE k.tenant_id = :tenant AND k.id = :kept AND m.tenant_id = :tenant AND m.id = :merged""")
			.param("tenant", tenant.value())
			.param("kept", kept.id())
			.param("merged", merged.id())
			.param("version", currentVersion)
			.param("now", Timestamp.from(now))
			.update();
		jdbc.sql("""
				UPDATE applicants SET merged_into = :kept, merged_at = :now, updated_at = :now
				WHERE tenant_id = :tenant AND (id = :merged OR merged_into = :merged)""")
			.param("tenant", tenant.value())
			.param("kept", kept.id())
			.param("merged", merged.id())
			.param("now", Timestamp.from(now))
			.update();
		events.publishEvent(new ApplicantsMerged(UUID.randomUUID(), tenant.value(), now, kept.id(),
				merged.id(), currentVersion));
		log.info("Applicants merged: tenant={} kept={} merged={} version={}", tenant, kept.id(), merged.id(),
				currentVersion);
		return new Merged(kept.id(), merged.id(), currentVersion);
	}

	/** Two merges of overlapping pairs lock their rows in one order, so they never wait on each other. */
	private List<Side> lockInIdOrder(TenantId tenant, UUID one, UUID other) {
		return Stream.of(one, other).sorted().map(id -> lock(tenant, id)).toList();
	}

	private Side lock(TenantId tenant, UUID applicantId) {
		return jdbc.sql("""
				SELECT id, coalesce(merged_into, id) AS survivor, current_version, created_at FROM applicants
				WHERE tenant_id = ? AND id = ? FOR UPDATE""")
			.params(tenant.value(), applicantId)
			.query((row, number) -> new Side(row.getObject("id", UUID.class), row.getObject("survivor", UUID.class),
					row.getInt("current_version"), row.getTimestamp("created_at").toInstant()))
			.optional()
			.orElseThrow(() -> new NotFoundException("applicant"));
	}

	private Merged current(TenantId tenant, UUID kept, UUID merged) {
		int version = jdbc.sql("SELECT current_version FROM applicants WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), kept)
			.query(Integer.class)
			.single();
		return new Merged(kept, merged, version);
	}

	private static ErrorResponseException badRequest(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Cannot merge");
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

	private record Side(UUID id, UUID survivor, int currentVersion, Instant createdAt) {
	}

	/**
	 * @param applicantId the applicant that stays
	 * @param mergedApplicantId the applicant that is gone
	 * @param currentVersion the kept applicant's latest resume version, the merged one's latest resume
	 */
	record Merged(UUID applicantId, UUID mergedApplicantId, int currentVersion) {
	}

}

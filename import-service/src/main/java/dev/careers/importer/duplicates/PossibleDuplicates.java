package dev.careers.importer.duplicates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.careers.events.DuplicateMatch;
import dev.careers.support.tenancy.TenantId;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * The open possible duplicates of applicants: pairs found whose two sides are both still there
 * (a merge closes its pair), always within one tenant.
 */
@Component
public class PossibleDuplicates {

	private final JdbcClient jdbc;

	PossibleDuplicates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<PossibleDuplicate> of(TenantId tenant, UUID applicantId) {
		return of(tenant, List.of(applicantId)).getOrDefault(applicantId, List.of());
	}

	/** Per applicant of {@code applicantIds} that has any, its open pairs, oldest other first. */
	public Map<UUID, List<PossibleDuplicate>> of(TenantId tenant, Collection<UUID> applicantIds) {
		Map<UUID, List<PossibleDuplicate>> pairs = new LinkedHashMap<>();
		if (applicantIds.isEmpty()) {
			return pairs;
		}
		jdbc.sql("""
				SELECT p.self, o.id, o.name, o.email, p.matched_on, p.other_is_older FROM (
				    SELECT applicant_id AS self, duplicate_id AS other, matched_on, false AS other_is_older
				    FROM possible_duplicates WHERE tenant_id = :tenant AND applicant_id = ANY(:ids)
				    UNION ALL
				    SELECT duplicate_id, applicant_id, matched_on, true
				    FROM possible_duplicates WHERE tenant_id = :tenant AND duplicate_id = ANY(:ids)
				) p
				JOIN applicants s ON s.tenant_id = :tenant AND s.id = p.self AND s.merged_into IS NULL
				JOIN applicants o ON o.tenant_id = :tenant AND o.id = p.other AND o.merged_into IS NULL
				ORDER BY o.created_at, o.id""")
			.param("tenant", tenant.value())
			.param("ids", new SqlArrayValue("uuid", applicantIds.toArray()))
			.query((RowCallbackHandler) row -> pairs
				.computeIfAbsent(row.getObject("self", UUID.class), self -> new ArrayList<>())
				.add(new PossibleDuplicate(row.getObject("id", UUID.class), row.getString("name"),
						row.getString("email"), DuplicateMatch.valueOf(row.getString("matched_on")),
						row.getBoolean("other_is_older"))));
		return pairs;
	}

}

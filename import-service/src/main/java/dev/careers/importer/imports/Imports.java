package dev.careers.importer.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.careers.events.ImportType;
import dev.careers.support.tenancy.NotFoundException;
import dev.careers.support.tenancy.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The imports table; every statement is scoped to a tenant. */
@Component
class Imports {

	private final JdbcClient jdbc;

	Imports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(TenantId tenant, UUID id, ImportType type, String label, Instant now) {
		jdbc.sql("""
				INSERT INTO imports (id, tenant_id, type, label, status, created_at, last_activity_at)
				VALUES (?, ?, ?, ?, 'IN_PROGRESS', ?, ?)""")
			.params(id, tenant.value(), type.name(), label, Timestamp.from(now), Timestamp.from(now))
			.update();
	}

	Optional<ImportSummary> find(TenantId tenant, UUID id) {
		return jdbc.sql("SELECT * FROM imports WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query(Imports::summary)
			.optional();
	}

	/** The import, if it is open to more records: 404 when the tenant holds none, 409 when it was closed. */
	ImportSummary findOpen(TenantId tenant, UUID id) {
		ImportSummary found = find(tenant, id).orElseThrow(() -> new NotFoundException("import"));
		if (found.status() != ImportStatus.IN_PROGRESS) {
			throw new FileImport.ImportClosed();
		}
		return found;
	}

	/** Locks the import against concurrent counting until the transaction ends. */
	Optional<ImportSummary> lock(TenantId tenant, UUID id) {
		return jdbc.sql("SELECT * FROM imports WHERE tenant_id = ? AND id = ? FOR UPDATE")
			.params(tenant.value(), id)
			.query(Imports::summary)
			.optional();
	}

	/**
	 * Adds the records of one transaction (a file, a URL, a group of files) to an open import's
	 * counts in one statement. False when the import was closed meanwhile: the row lock taken by
	 * completion makes this wait and then see the new status, so no record is counted after the
	 * import's totals went out.
	 */
	boolean count(TenantId tenant, UUID id, OutcomeCounts counts, Instant now) {
		return jdbc.sql("""
				UPDATE imports SET created = created + ?, updated = updated + ?, skipped = skipped + ?,
				    errors = errors + ?, last_activity_at = ?
				WHERE tenant_id = ? AND id = ? AND status = 'IN_PROGRESS'""")
			.params(counts.created(), counts.updated(), counts.skipped(), counts.errors(), Timestamp.from(now),
					tenant.value(), id)
			.update() == 1;
	}

	void finish(TenantId tenant, UUID id, ImportStatus status, Instant now) {
		jdbc.sql("UPDATE imports SET status = ?, finished_at = ? WHERE tenant_id = ? AND id = ?")
			.params(status.name(), Timestamp.from(now), tenant.value(), id)
			.update();
	}

	List<IdleImport> idleSince(Instant before, int limit) {
		return jdbc.sql("""
				SELECT tenant_id, id FROM imports
				WHERE status = 'IN_PROGRESS' AND last_activity_at < ?
				ORDER BY last_activity_at LIMIT ?""")
			.params(Timestamp.from(before), limit)
			.query((row, number) -> new IdleImport(new TenantId(row.getString("tenant_id")),
					row.getObject("id", UUID.class)))
			.list();
	}

	private static ImportSummary summary(ResultSet row, int number) throws SQLException {
		Timestamp finishedAt = row.getTimestamp("finished_at");
		return new ImportSummary(row.getObject("id", UUID.class), ImportType.valueOf(row.getString("type")),
				row.getString("label"), ImportStatus.valueOf(row.getString("status")),
				row.getTimestamp("created_at").toInstant(), row.getTimestamp("last_activity_at").toInstant(),
				finishedAt == null ? null : finishedAt.toInstant(), row.getInt("created"), row.getInt("updated"),
				row.getInt("skipped"), row.getInt("errors"));
	}

	record IdleImport(TenantId tenant, UUID id) {
	}

}

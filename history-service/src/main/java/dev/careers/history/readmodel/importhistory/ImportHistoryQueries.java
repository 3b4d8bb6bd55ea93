package dev.careers.history.readmodel.importhistory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import dev.careers.events.ImportType;
import dev.careers.history.web.Cursor;
import dev.careers.history.web.PageOf;
import dev.careers.history.web.PageRequest;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Reads Import History rows, always within one tenant. */
@Component
public class ImportHistoryQueries {

	/** Possible duplicates count on the import that brought the newer resume; merged ones are those a merge joined. */
	private static final String COLUMNS = """
			select id, created_at, type, label, has_file_source, created, updated, skipped, errors, status,
			    (select count(*) from possible_duplicates p
			     where p.tenant_id = imports.tenant_id and p.import_id = imports.id) as possible_duplicates,
			    (select count(*) from possible_duplicates p
			     where p.tenant_id = imports.tenant_id and p.import_id = imports.id
			       and exists (select 1 from applicant_merges m
			                   where m.tenant_id = p.tenant_id
			                     and ((m.merged_applicant_id = p.duplicate_id and m.applicant_id = p.applicant_id)
			                       or (m.merged_applicant_id = p.applicant_id and m.applicant_id = p.duplicate_id))))
			        as merged_duplicates
			from imports
			""";

	private static final RowMapper<ImportView> ROW = ImportHistoryQueries::toView;

	private final JdbcClient jdbc;

	ImportHistoryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PageOf<ImportView> newestFirst(String tenantId, ImportType type, PageRequest page) {
		String filter = " where tenant_id = :tenant and (cast(:type as text) is null or type = :type)";
		String typeName = type == null ? null : type.name();
		List<ImportView> fetched = jdbc.sql(COLUMNS + filter + page.orderAndLimit())
			.param("tenant", tenantId)
			.param("type", typeName)
			.params(page.parameters())
			.query(ROW)
			.list();
		return PageOf.of(fetched, page, row -> new Cursor(row.createdAt(), row.id()),
				() -> jdbc.sql("select count(*) from imports" + filter)
					.param("tenant", tenantId)
					.param("type", typeName)
					.query(Long.class)
					.single());
	}

	/** The current rows of these imports (for the live stream); ids without a row are left out. */
	public List<ImportView> findAll(String tenantId, Collection<UUID> ids) {
		return jdbc.sql(COLUMNS + " where tenant_id = :tenant and id = any(:ids)")
			.param("tenant", tenantId)
			.param("ids", new SqlArrayValue("uuid", ids.toArray()))
			.query(ROW)
			.list();
	}

	private static ImportView toView(ResultSet row, int rowNumber) throws SQLException {
		String type = row.getString("type");
		ImportType importType = type == null ? null : ImportType.valueOf(type);
		return new ImportView(row.getObject("id", UUID.class), row.getTimestamp("created_at").toInstant(), importType,
				file(importType, row.getString("label"), row.getBoolean("has_file_source")), row.getInt("created"),
				row.getInt("updated"), row.getInt("skipped"), row.getInt("errors"),
				ImportStatus.valueOf(row.getString("status")), row.getInt("possible_duplicates"),
				row.getInt("merged_duplicates"));
	}

	private static String file(ImportType type, String label, boolean hasFileSource) {
		if ((type == ImportType.JOBS && !hasFileSource) || !StringUtils.hasText(label)) {
			return ImportView.NO_FILE;
		}
		return label;
	}

}

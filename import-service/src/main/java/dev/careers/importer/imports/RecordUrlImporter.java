package dev.careers.importer.imports;

import java.util.UUID;

import dev.careers.events.ImportType;
import dev.careers.events.RecordKind;
import dev.careers.support.tenancy.TenantId;

/**
 * Turns one posting URL of an import into a record of its kind (a job). The import itself (checks,
 * counts, record events) stays generic, as for files.
 */
public interface RecordUrlImporter {

	ImportType importType();

	RecordKind recordKind();

	/**
	 * Runs in the URL's own transaction, for a URL that passed the checks; two imports of the same
	 * URL racing each other must end as one record.
	 */
	ImportedRecord importUrl(TenantId tenant, UUID importId, String url);

}

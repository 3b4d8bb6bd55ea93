package dev.careers.importer.imports;

import java.util.UUID;

import dev.careers.events.ImportType;
import dev.careers.events.RecordKind;
import dev.careers.support.tenancy.TenantId;
import dev.careers.importer.uploads.Upload;

/**
 * Turns one uploaded file of an import into a record of its kind (an applicant from a resume, a
 * job from a job description). The import itself (checks, counts, record events) stays generic.
 */
public interface RecordFileImporter {

	ImportType importType();

	RecordKind recordKind();

	/**
	 * Runs in the file's own transaction, for a file that passed the content checks; two uploads
	 * of the same content or name racing each other must end as one record.
	 */
	ImportedRecord importFile(TenantId tenant, UUID importId, Upload upload);

}

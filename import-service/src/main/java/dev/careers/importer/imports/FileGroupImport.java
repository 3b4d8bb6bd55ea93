package dev.careers.importer.imports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.careers.importer.tasks.TaskNumbers;
import dev.careers.importer.uploads.Upload;
import dev.careers.support.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A group of files of one upload request into an import in one transaction (ADR 0021): each file's
 * record, task and events as {@link FileImport} makes them, then the import's counts by the group's
 * totals in one statement and one commit for all. The group's task numbers are reserved before its
 * transaction ({@link TaskNumbers}), so that groups of one tenant never wait on each other's counter
 * row. A group that fails is rolled back whole and its files are imported again one transaction
 * each, as before groups: a file that fails then costs only itself and the files before it are kept.
 */
@Component
class FileGroupImport {

	private static final Logger log = LoggerFactory.getLogger(FileGroupImport.class);

	private final TransactionTemplate transactions;

	private final FileImport fileImport;

	private final Imports imports;

	private final TaskNumbers taskNumbers;

	private final Clock clock;

	FileGroupImport(PlatformTransactionManager transactionManager, FileImport fileImport, Imports imports,
			TaskNumbers taskNumbers, Clock clock) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.fileImport = fileImport;
		this.imports = imports;
		this.taskNumbers = taskNumbers;
		this.clock = clock;
	}

	/** @return each file's result, in order, once committed */
	List<FileResult> importGroup(TenantId tenant, UUID importId, RecordFileImporter importer, List<Upload> uploads) {
		try {
			return inOneTransaction(tenant, importId, importer, uploads);
		}
		catch (FileImport.ImportClosed | DataAccessResourceFailureException | CannotCreateTransactionException ex) {
			// the import or the database is gone for every file alike: one transaction per file would not help
			throw ex;
		}
		catch (RuntimeException ex) {
			if (uploads.size() == 1) {
				throw ex;
			}
			log.warn("A group of {} files failed, importing them one at a time: tenant={} import={}: {}",
					uploads.size(), tenant, importId, ex.toString());
			List<FileResult> results = new ArrayList<>();
			for (Upload upload : uploads) {
				results.addAll(inOneTransaction(tenant, importId, importer, List.of(upload)));
			}
			return results;
		}
	}

	private List<FileResult> inOneTransaction(TenantId tenant, UUID importId, RecordFileImporter importer,
			List<Upload> uploads) {
		int accepted = (int) uploads.stream().filter(Upload::accepted).count();
		TaskNumbers.Block numbers = taskNumbers.reserve(tenant, accepted);
		return transactions.execute(status -> {
			taskNumbers.useForTransaction(numbers);
			List<FileResult> results = new ArrayList<>(uploads.size());
			OutcomeCounts counts = OutcomeCounts.NONE;
			for (Upload upload : uploads) {
				FileResult result = fileImport.importFile(tenant, importId, importer, upload);
				counts = counts.plus(result.outcome());
				results.add(result);
			}
			if (!imports.count(tenant, importId, counts, clock.instant())) {
				throw new FileImport.ImportClosed();
			}
			return results;
		});
	}

}

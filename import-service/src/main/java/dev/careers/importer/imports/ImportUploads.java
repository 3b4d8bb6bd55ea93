package dev.careers.importer.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.careers.events.ImportType;
import dev.careers.support.tenancy.TenantId;
import dev.careers.importer.uploads.StreamingUploads;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Streams a batch of files into an import, a group of files (and one transaction) at a time
 * ({@link FileGroupImport}), and counts each file in {@link RecordsImportedMetric} once its group
 * committed.
 */
@Component
class ImportUploads {

	static final String FILES_FIELD = "files";

	private static final Logger log = LoggerFactory.getLogger(ImportUploads.class);

	private final Imports imports;

	private final FileGroupImport groupImport;

	private final StreamingUploads uploads;

	private final Map<ImportType, RecordFileImporter> importers;

	private final RecordsImportedMetric metric;

	private final ImportsProperties properties;

	ImportUploads(Imports imports, FileGroupImport groupImport, StreamingUploads uploads,
			List<RecordFileImporter> importers, RecordsImportedMetric metric, ImportsProperties properties) {
		this.imports = imports;
		this.groupImport = groupImport;
		this.properties = properties;
		this.uploads = uploads;
		this.importers = importers.stream()
			.collect(Collectors.toUnmodifiableMap(RecordFileImporter::importType, Function.identity()));
		this.metric = metric;
	}

	List<FileResult> upload(TenantId tenant, UUID importId, HttpServletRequest request) {
		ImportSummary target = imports.findOpen(tenant, importId);
		RecordFileImporter importer = importers.get(target.type());
		if (importer == null) {
			throw unsupported(target.type());
		}
		List<FileResult> results = new ArrayList<>();
		uploads.receiveInGroups(tenant, request, FILES_FIELD, properties.commitGroups(), group -> {
			List<FileResult> committed = groupImport.importGroup(tenant, importId, importer, group);
			committed.forEach(result -> metric.count(target.type(), result.outcome()));
			results.addAll(committed);
		});
		log.info("Files received: tenant={} import={} files={}", tenant, importId, results.size());
		return results;
	}

	private static ErrorResponseException unsupported(ImportType type) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Imports of type " + type + " do not take files.");
		problem.setTitle("Files not supported");
		return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
	}

}

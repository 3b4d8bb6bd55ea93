package dev.careers.importer.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.careers.events.ImportType;
import dev.careers.importer.tenancy.NotFound;
import dev.careers.importer.tenancy.TenantId;
import dev.careers.importer.uploads.StreamingUploads;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Streams a batch of files into an import, one file (and one transaction) at a time, and counts
 * {@code careers.records.imported} by type and outcome once each file committed.
 */
@Component
class ImportUploads {

	static final String FILES_FIELD = "files";

	private static final Logger log = LoggerFactory.getLogger(ImportUploads.class);

	private final Imports imports;

	private final FileImport fileImport;

	private final StreamingUploads uploads;

	private final Map<ImportType, RecordFileImporter> importers;

	private final MeterRegistry meters;

	ImportUploads(Imports imports, FileImport fileImport, StreamingUploads uploads,
			List<RecordFileImporter> importers, MeterRegistry meters) {
		this.imports = imports;
		this.fileImport = fileImport;
		this.uploads = uploads;
		this.importers = importers.stream()
			.collect(Collectors.toUnmodifiableMap(RecordFileImporter::importType, Function.identity()));
		this.meters = meters;
	}

	List<FileResult> upload(TenantId tenant, UUID importId, HttpServletRequest request) {
		ImportSummary target = imports.find(tenant, importId).orElseThrow(() -> new NotFound("import"));
		if (target.status() != ImportStatus.IN_PROGRESS) {
			throw new FileImport.ImportClosed();
		}
		RecordFileImporter importer = importers.get(target.type());
		if (importer == null) {
			throw unsupported(target.type());
		}
		List<FileResult> results = new ArrayList<>();
		uploads.receive(tenant, request, FILES_FIELD, upload -> {
			FileResult result = fileImport.importFile(tenant, importId, importer, upload);
			meters.counter("careers.records.imported", "type", target.type().name(), "outcome",
					result.outcome().name()).increment();
			results.add(result);
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

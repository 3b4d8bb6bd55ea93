package dev.careers.importer.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.careers.events.ImportType;
import dev.careers.support.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Adds posting URLs to an import, one URL (and one transaction) at a time: a bad URL is an ERROR
 * line of its own and leaves the others untouched. Nothing is fetched here; the worker does that.
 */
@Component
class ImportUrls {

	private static final Logger log = LoggerFactory.getLogger(ImportUrls.class);

	private final Imports imports;

	private final FileImport recordImport;

	private final Map<ImportType, RecordUrlImporter> importers;

	private final RecordsImportedMetric metric;

	private final PostingFetchProperties fetch;

	ImportUrls(Imports imports, FileImport recordImport, List<RecordUrlImporter> importers,
			RecordsImportedMetric metric, PostingFetchProperties fetch) {
		this.imports = imports;
		this.recordImport = recordImport;
		this.importers = importers.stream()
			.collect(Collectors.toUnmodifiableMap(RecordUrlImporter::importType, Function.identity()));
		this.metric = metric;
		this.fetch = fetch;
	}

	List<UrlResult> add(TenantId tenant, UUID importId, List<String> urls) {
		ImportSummary target = imports.findOpen(tenant, importId);
		RecordUrlImporter importer = importers.get(target.type());
		if (importer == null) {
			throw unsupported(target.type());
		}
		List<UrlResult> results = new ArrayList<>();
		for (String url : urls) {
			UrlResult result = recordImport.importUrl(tenant, importId, importer, PostingUrls.check(url, fetch));
			metric.count(target.type(), result.outcome());
			results.add(result);
		}
		log.info("URLs received: tenant={} import={} urls={}", tenant, importId, results.size());
		return results;
	}

	private static ErrorResponseException unsupported(ImportType type) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Imports of type " + type + " do not take posting URLs. Open a JOBS import for them.");
		problem.setTitle("URLs not supported");
		return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
	}

}

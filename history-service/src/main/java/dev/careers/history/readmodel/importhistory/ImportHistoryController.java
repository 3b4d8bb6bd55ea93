package dev.careers.history.readmodel.importhistory;

import dev.careers.events.ImportType;
import dev.careers.history.web.Cursor;
import dev.careers.history.web.PageOf;
import dev.careers.history.web.PageRequest;
import dev.careers.support.tenancy.TenantId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/history/imports")
class ImportHistoryController {

	private final ImportHistoryQueries queries;

	ImportHistoryController(ImportHistoryQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	PageOf<ImportView> imports(TenantId tenant, @RequestParam(required = false) ImportType type,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) int size,
			@RequestParam(required = false) Cursor cursor) {
		return queries.newestFirst(tenant.value(), type, new PageRequest(page, size, cursor));
	}

}

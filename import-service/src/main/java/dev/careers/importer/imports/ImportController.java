package dev.careers.importer.imports;

import java.util.List;
import java.util.UUID;

import dev.careers.events.ImportType;
import dev.careers.support.tenancy.NotFoundException;
import dev.careers.support.tenancy.TenantId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/imports")
class ImportController {

	private final ImportLifecycle lifecycle;

	private final ImportUploads uploads;

	private final Imports imports;

	private final ImportUrls urls;

	ImportController(ImportLifecycle lifecycle, ImportUploads uploads, ImportUrls urls, Imports imports) {
		this.lifecycle = lifecycle;
		this.uploads = uploads;
		this.urls = urls;
		this.imports = imports;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ImportSummary open(TenantId tenant, @Valid @RequestBody NewImport request) {
		return lifecycle.open(tenant, request.type(), request.label());
	}

	@PostMapping("/{importId}/files")
	FileResults files(TenantId tenant, @PathVariable UUID importId, HttpServletRequest request) {
		return new FileResults(importId, uploads.upload(tenant, importId, request));
	}

	@PostMapping("/{importId}/urls")
	UrlResults urls(TenantId tenant, @PathVariable UUID importId, @Valid @RequestBody NewUrls request) {
		return new UrlResults(importId, urls.add(tenant, importId, request.urls()));
	}

	@PostMapping("/{importId}/complete")
	ImportSummary complete(TenantId tenant, @PathVariable UUID importId) {
		return lifecycle.close(tenant, importId);
	}

	@GetMapping("/{importId}")
	ImportSummary get(TenantId tenant, @PathVariable UUID importId) {
		return imports.find(tenant, importId).orElseThrow(() -> new NotFoundException("import"));
	}

	record NewImport(@NotNull ImportType type, @NotBlank @Size(max = 500) String label) {
	}

	/** A page of the Job Import form sends one URL per Add; a script may send a few hundred at once. */
	record NewUrls(@NotEmpty @Size(max = 500) List<@NotNull String> urls) {
	}

	record UrlResults(UUID importId, List<UrlResult> results) {
	}

	record FileResults(UUID importId, List<FileResult> results) {
	}

}

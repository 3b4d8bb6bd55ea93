package dev.careers.importer.duplicates;

import java.util.UUID;

import dev.careers.support.tenancy.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/applicants/{id}/merge {"otherId": ...}}: one applicant from two (ADR 0019). */
@RestController
class MergeController {

	private final ApplicantMerge merge;

	MergeController(ApplicantMerge merge) {
		this.merge = merge;
	}

	@PostMapping("/api/applicants/{applicantId}/merge")
	ApplicantMerge.Merged merge(TenantId tenant, @PathVariable UUID applicantId,
			@Valid @RequestBody MergeRequest request) {
		return merge.merge(tenant, applicantId, request.otherId());
	}

	record MergeRequest(@NotNull UUID otherId) {
	}

}

package dev.careers.importer.applicants;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.careers.events.FailureCode;
import dev.careers.importer.documents.DocumentResponses;
import dev.careers.importer.documents.Documents;
import dev.careers.support.tenancy.NotFoundException;
import dev.careers.support.tenancy.TenantId;
import dev.careers.importer.uploads.StreamingUploads;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api/applicants")
class ApplicantController {

	private static final String FILE_FIELD = "file";

	private final ApplicantQueries queries;

	private final ProfileResumeUpload profileUpload;

	private final StreamingUploads uploads;

	private final Documents documents;

	ApplicantController(ApplicantQueries queries, ProfileResumeUpload profileUpload, StreamingUploads uploads,
			Documents documents) {
		this.queries = queries;
		this.profileUpload = profileUpload;
		this.uploads = uploads;
		this.documents = documents;
	}

	@GetMapping
	ApplicantViews.Page list(TenantId tenant, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return queries.list(tenant, q, page, size);
	}

	/** A merged applicant's id answers a permanent redirect to the applicant it was merged into. */
	@GetMapping("/{applicantId}")
	ResponseEntity<ApplicantViews.Profile> profile(TenantId tenant, @PathVariable UUID applicantId) {
		return queries.profile(tenant, applicantId)
			.map(ResponseEntity::ok)
			.or(() -> queries.mergedInto(tenant, applicantId)
				.map(kept -> ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT)
					.location(URI.create("/api/applicants/" + kept))
					.<ApplicantViews.Profile>build()))
			.orElseThrow(() -> new NotFoundException("applicant"));
	}

	@GetMapping("/{applicantId}/resumes/{version}/content")
	ResponseEntity<StreamingResponseBody> resume(TenantId tenant, @PathVariable UUID applicantId,
			@PathVariable int version) {
		ApplicantQueries.ResumeDocument resume = queries.resumeDocument(tenant, applicantId, version)
			.orElseThrow(() -> new NotFoundException("resume version"));
		return DocumentResponses.stream(documents, tenant, resume.documentId(), resume.fileName());
	}

	@PostMapping("/{applicantId}/resumes")
	@ResponseStatus(HttpStatus.CREATED)
	NewResumeVersion addResume(TenantId tenant, @PathVariable UUID applicantId, HttpServletRequest request) {
		queries.profile(tenant, applicantId).orElseThrow(() -> new NotFoundException("applicant"));
		List<Resumes.NewVersion> added = new ArrayList<>();
		uploads.receive(tenant, request, FILE_FIELD, upload -> {
			if (!added.isEmpty()) {
				return;
			}
			if (!upload.accepted()) {
				throw unusable(upload.rejection().orElseThrow());
			}
			added.add(profileUpload.addVersion(tenant, applicantId, upload));
		});
		if (added.isEmpty()) {
			throw missingFile();
		}
		Resumes.NewVersion version = added.get(0);
		return new NewResumeVersion(applicantId, version.version(), version.task().id(), version.task().number(),
				version.task().attempt());
	}

	private static ErrorResponseException unusable(FailureCode code) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, code.message());
		problem.setTitle("Resume not accepted");
		problem.setProperty("code", code.name());
		problem.setProperty("hint", code.hint());
		return new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, problem, null);
	}

	private static ErrorResponseException missingFile() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Send the resume as multipart/form-data in the field \"" + FILE_FIELD + "\".");
		problem.setTitle("No resume");
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

	record NewResumeVersion(UUID applicantId, int version, UUID taskId, long taskNumber, int attempt) {
	}

}

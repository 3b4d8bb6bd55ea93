package dev.careers.history.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request reached the API without the tenant header that the gateway always sets. */
class MissingTenantException extends ErrorResponseException {

	MissingTenantException() {
		super(HttpStatus.UNAUTHORIZED, problem(), null);
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
				"The request carries no " + TenantId.HEADER + " header.");
		problem.setTitle("Tenant required");
		return problem;
	}

}

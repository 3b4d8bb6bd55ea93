package dev.careers.importer.tenancy;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 404 for an id the tenant does not hold. Another tenant's id answers exactly the same, so a
 * tenant cannot even detect that it exists.
 */
public class NotFound extends ErrorResponseException {

	public NotFound(String what) {
		super(HttpStatus.NOT_FOUND, problem(what), null);
	}

	private static ProblemDetail problem(String what) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such " + what + ".");
		problem.setTitle("Not found");
		return problem;
	}

}

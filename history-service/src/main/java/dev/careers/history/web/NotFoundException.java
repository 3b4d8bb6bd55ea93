package dev.careers.history.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Nothing with this id for this tenant. Another tenant's id answers exactly like an unknown one, so
 * a tenant cannot even detect that it exists.
 */
public class NotFoundException extends ErrorResponseException {

	public NotFoundException(String what, Object id) {
		super(HttpStatus.NOT_FOUND, problem(what, id), null);
	}

	private static ProblemDetail problem(String what, Object id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + what + " " + id + ".");
		problem.setTitle("Not found");
		return problem;
	}

}

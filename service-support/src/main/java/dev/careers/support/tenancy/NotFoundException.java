package dev.careers.support.tenancy;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 404 for an id the tenant does not hold. Another tenant's id answers exactly the same, so a
 * tenant cannot even detect that it exists.
 */
public class NotFoundException extends ErrorResponseException {

	/** "No such import." */
	public NotFoundException(String what) {
		super(HttpStatus.NOT_FOUND, problem("No such " + what + "."), null);
	}

	/** "No task 42." */
	public NotFoundException(String what, Object id) {
		super(HttpStatus.NOT_FOUND, problem("No " + what + " " + id + "."), null);
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
		problem.setTitle("Not found");
		return problem;
	}

}

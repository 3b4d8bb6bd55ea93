package dev.careers.history.replay;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

class ReadModelsBusyException extends ErrorResponseException {

	ReadModelsBusyException() {
		super(HttpStatus.CONFLICT, problem(), null);
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"A rebuild of the read models, or a snapshot of them, is running on a replica of the service.");
		problem.setTitle("Rebuild or snapshot in progress");
		return problem;
	}

}

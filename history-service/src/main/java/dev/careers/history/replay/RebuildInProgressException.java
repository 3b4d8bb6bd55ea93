package dev.careers.history.replay;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

class RebuildInProgressException extends ErrorResponseException {

	RebuildInProgressException() {
		super(HttpStatus.CONFLICT, problem(), null);
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"A rebuild of the read models is already running on a replica of the service.");
		problem.setTitle("Rebuild in progress");
		return problem;
	}

}

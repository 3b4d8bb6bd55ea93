package dev.careers.gateway.auth;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The problem details authentication answers with; one body for a missing and a wrong credential. */
final class AuthProblems {

	private AuthProblems() {
	}

	static ProblemDetail unauthenticated() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
				"Sign in, or send a valid API key in the X-Api-Key header.");
	}

	static ProblemDetail notScripted() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"A request that relies on the session cookie must send the " + ScriptedRequests.HEADER + " header.");
	}

}

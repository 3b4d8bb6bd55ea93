package dev.careers.worker;

import dev.careers.events.FailureCode;

/**
 * A document or posting that cannot be extracted, for a reason the recruiter is told in the words
 * of its {@link FailureCode}. {@code detail} is for logs and operators only.
 */
public class ExtractionFailure extends RuntimeException {

	private final FailureCode code;

	public ExtractionFailure(FailureCode code, String detail) {
		super(code + ": " + detail);
		this.code = code;
	}

	public ExtractionFailure(FailureCode code, String detail, Throwable cause) {
		super(code + ": " + detail, cause);
		this.code = code;
	}

	public FailureCode code() {
		return code;
	}

}

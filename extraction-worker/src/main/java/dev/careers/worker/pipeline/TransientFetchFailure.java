package dev.careers.worker.pipeline;

/** A read that may succeed if tried again: the document store was down, slow or overloaded. */
class TransientFetchFailure extends RuntimeException {

	TransientFetchFailure(String message, Throwable cause) {
		super(message, cause);
	}

}

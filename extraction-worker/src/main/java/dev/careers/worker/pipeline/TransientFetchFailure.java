package dev.careers.worker.pipeline;

/** A fetch that may succeed if tried again: the endpoint was down, slow or overloaded. */
class TransientFetchFailure extends RuntimeException {

	TransientFetchFailure(String message, Throwable cause) {
		super(message, cause);
	}

}

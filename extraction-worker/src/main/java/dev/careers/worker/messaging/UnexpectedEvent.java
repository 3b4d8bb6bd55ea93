package dev.careers.worker.messaging;

/** An event of another type on either lane of extraction requests: retrying cannot help, it is dead-lettered. */
class UnexpectedEvent extends RuntimeException {

	UnexpectedEvent(String type) {
		super("Not an extraction request: " + type);
	}

}

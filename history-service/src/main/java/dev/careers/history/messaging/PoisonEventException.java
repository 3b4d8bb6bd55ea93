package dev.careers.history.messaging;

/** A record no retry can fix: unreadable, or missing what every event must carry. */
class PoisonEventException extends RuntimeException {

	PoisonEventException(String message) {
		super(message);
	}

}

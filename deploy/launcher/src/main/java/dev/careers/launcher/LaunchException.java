package dev.careers.launcher;

/** The local system could not start; the message says which part and why, for a person to act on. */
public class LaunchException extends RuntimeException {

	public LaunchException(String message) {
		super(message);
	}

	public LaunchException(String message, Throwable cause) {
		super(message, cause);
	}

}

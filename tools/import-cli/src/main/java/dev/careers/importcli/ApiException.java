package dev.careers.importcli;

/** The API refused a request, or could not be reached, in a way that retrying does not mend. */
final class ApiException extends RuntimeException {

	ApiException(String message) {
		super(message);
	}

	ApiException(String message, Throwable cause) {
		super(message, cause);
	}

}

package dev.careers.importcli;

/** One file's line of an upload answer; {@code error} only when the outcome is ERROR. */
record FileOutcome(String file, String outcome, Error error) {

	boolean failed() {
		return "ERROR".equals(outcome);
	}

	record Error(String code, String message, String hint) {
	}

}

package dev.careers.history.stream;

/**
 * One server-sent event: {@code task} or {@code import} with the row's current state, or
 * {@code reset} when the client must reload its lists because the changes it missed are gone.
 */
record StreamEvent(String id, String name, Object data) {

	static final String TASK = "task";

	static final String IMPORT = "import";

	static final String RESET = "reset";

}

package dev.careers.history.stream;

/**
 * One server-sent event: {@code task} or {@code import} with the row's current state, or
 * {@code reset} when the client must reload its lists because the changes it missed are gone.
 * The id (a change-log number) is null on all but the last event of a group sent together, so a
 * client cut off within the group resumes before it, never after changes it did not get.
 */
record StreamEvent(String id, String name, Object data) {

	static final String TASK = "task";

	static final String IMPORT = "import";

	static final String RESET = "reset";

}

package dev.careers.history.replay;

/**
 * @param events records read from the topics
 * @param unreadable records skipped because they cannot be projected (they are in the dead letters)
 */
record RebuildReport(long events, long unreadable, long durationMillis) {
}

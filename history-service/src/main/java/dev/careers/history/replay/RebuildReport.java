package dev.careers.history.replay;

import java.time.Instant;

/**
 * @param events records read from the topics
 * @param unreadable records skipped because they cannot be projected (they are in the dead letters)
 * @param fromSnapshotTakenAt when the snapshot the read models were restored from was taken, or
 * null when every record was replayed from the beginning of the topics
 */
record RebuildReport(long events, long unreadable, Instant fromSnapshotTakenAt, long durationMillis) {
}

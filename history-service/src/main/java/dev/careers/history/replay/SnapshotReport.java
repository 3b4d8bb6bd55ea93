package dev.careers.history.replay;

import java.time.Instant;
import java.util.Map;

/** @param rows rows copied, per read-model table */
record SnapshotReport(Instant takenAt, Map<String, Long> rows, long durationMillis) {
}

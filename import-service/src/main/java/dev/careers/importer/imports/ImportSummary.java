package dev.careers.importer.imports;

import java.time.Instant;
import java.util.UUID;

import dev.careers.events.ImportType;

/** An import and its counts, as the API answers it. */
record ImportSummary(UUID id, ImportType type, String label, ImportStatus status, Instant createdAt,
		Instant lastActivityAt, Instant finishedAt, int created, int updated, int skipped, int errors) {

	boolean everyRecordFailed() {
		return errors > 0 && created + updated + skipped == 0;
	}

}

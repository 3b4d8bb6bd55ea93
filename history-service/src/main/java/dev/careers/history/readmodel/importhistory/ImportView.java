package dev.careers.history.readmodel.importhistory;

import java.time.Instant;
import java.util.UUID;

import dev.careers.events.ImportType;

/**
 * One row of Import History.
 *
 * @param type null only while no event has said what the import holds
 * @param file the import's label, or {@value #NO_FILE} for an import of posting URLs only
 * @param possibleDuplicates applicants of this import found to be possibly the same person as another
 * @param mergedDuplicates how many of those a user has merged since
 */
public record ImportView(UUID id, Instant createdAt, ImportType type, String file, int created, int updated,
		int skipped, int errors, ImportStatus status, int possibleDuplicates, int mergedDuplicates) {

	public static final String NO_FILE = "--";

}

package dev.careers.importer.uploads;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.util.unit.DataSize;

/**
 * How many files of an upload are handed over at once: a group is full at {@code files} files or
 * once its files reach {@code bytes} together, whichever comes first (the last group of a request
 * may be smaller). They wait on disk, never in memory.
 */
public record UploadGroups(@Min(1) int files, @NotNull DataSize bytes) {

	/** One file at a time. */
	static final UploadGroups ONE_FILE = new UploadGroups(1, DataSize.ofBytes(1));

}

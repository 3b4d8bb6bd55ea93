package dev.careers.importer.uploads;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Caps on one uploaded ZIP archive, counted on the bytes actually inflated while the archive
 * streams (never on what its headers claim). Past a cap the rest of the archive is refused with one
 * ARCHIVE_TOO_LARGE line; the documents before it stay imported and the batch goes on.
 *
 * @param maxEntries entries (documents, folders and nested archives' entries together)
 * @param maxTotalSize bytes all its documents inflate to, nested archives' included
 * @param maxRatio an entry inflating to more than this many times its compressed bytes is a zip bomb
 * @param ratioFloor the ratio is judged once an entry has inflated past this (tiny files compress well)
 */
@Validated
@ConfigurationProperties("careers.uploads.archives")
record ArchiveProperties(@Min(1) Integer maxEntries, DataSize maxTotalSize, @Min(2) Integer maxRatio,
		DataSize ratioFloor) {

	ArchiveProperties {
		maxEntries = maxEntries == null ? 10_000 : maxEntries;
		maxTotalSize = maxTotalSize == null ? DataSize.ofGigabytes(2) : maxTotalSize;
		maxRatio = maxRatio == null ? 100 : maxRatio;
		ratioFloor = ratioFloor == null ? DataSize.ofMegabytes(1) : ratioFloor;
	}

}

package dev.careers.importer.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import dev.careers.events.FailureCode;

/**
 * One uploaded file (or one document of an uploaded archive), spooled to a temporary file while its
 * SHA-256 was computed. A file that failed the content checks carries its {@link #rejection()} and
 * has no content to read.
 *
 * @param mediaType the document's type, told from its content: what the extraction worker reads it as
 */
public record Upload(String fileName, long sizeBytes, String sha256, Optional<FailureCode> rejection,
		String mediaType, Path spooled) {

	/** A line of an upload with no content: an archive, or what is left of it, refused whole. */
	static Upload refused(String fileName, FailureCode code) {
		return new Upload(fileName, 0, "", Optional.of(code), null, null);
	}

	public boolean accepted() {
		return rejection.isEmpty();
	}

	public InputStream openContent() throws IOException {
		return Files.newInputStream(spooled);
	}

	void delete() throws IOException {
		if (spooled != null) {
			Files.deleteIfExists(spooled);
		}
	}

}

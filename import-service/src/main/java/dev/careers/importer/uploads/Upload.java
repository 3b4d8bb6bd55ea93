package dev.careers.importer.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import dev.careers.events.FailureCode;

/**
 * One uploaded file, spooled to a temporary file while its SHA-256 was computed. A file that failed
 * the content checks carries its {@link #rejection()} and has no content to read.
 */
public record Upload(String fileName, long sizeBytes, String sha256, Optional<FailureCode> rejection,
		Path spooled) {

	public static final String PDF = "application/pdf";

	public boolean accepted() {
		return rejection.isEmpty();
	}

	public InputStream openContent() throws IOException {
		return Files.newInputStream(spooled);
	}

}

package dev.careers.importer.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import dev.careers.events.FailureCode;

import org.springframework.stereotype.Component;

/**
 * Copies one file's bytes (a multipart part, or a document inside an archive) to a temporary file
 * while its SHA-256 and size are computed and its first bytes tell its {@link DocumentFormat}.
 * Memory use is one copy buffer, whatever the size of the file.
 */
@Component
class FileSpool {

	/** Readers accept the PDF signature anywhere in the first KiB. */
	private static final int HEADER_WINDOW = 1024;

	private final UploadProperties properties;

	FileSpool(UploadProperties properties) {
		this.properties = properties;
	}

	/** @param fileName the name already cleaned: it is data, never a path */
	Upload spool(InputStream in, String fileName) throws IOException {
		long maxFileBytes = properties.maxFileSize().toBytes();
		MessageDigest sha256 = sha256();
		byte[] header = new byte[HEADER_WINDOW];
		int headerLength = 0;
		long size = 0;
		Path spooled = Files.createTempFile("upload-", ".part");
		try (OutputStream out = Files.newOutputStream(spooled)) {
			byte[] buffer = new byte[64 * 1024];
			int read;
			while ((read = in.read(buffer)) != -1) {
				size += read;
				if (size > maxFileBytes) {
					// keep reading to reach the next file, but store nothing of an oversized one
					continue;
				}
				int headerBytes = Math.min(read, HEADER_WINDOW - headerLength);
				System.arraycopy(buffer, 0, header, headerLength, headerBytes);
				headerLength += headerBytes;
				sha256.update(buffer, 0, read);
				out.write(buffer, 0, read);
			}
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(spooled);
			throw ex;
		}
		DocumentFormat.Detected detected = DocumentFormat.detect(header, headerLength, fileName);
		Optional<FailureCode> rejection = size > maxFileBytes ? Optional.of(FailureCode.TOO_LARGE)
				: size == 0 ? Optional.of(FailureCode.EMPTY_FILE) : detected.rejection();
		String mediaType = rejection.isEmpty() ? detected.format().mediaType() : null;
		return new Upload(fileName, size, HexFormat.of().formatHex(sha256.digest()), rejection, mediaType, spooled);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}

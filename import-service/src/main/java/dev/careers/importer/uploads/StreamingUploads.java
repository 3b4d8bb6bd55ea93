package dev.careers.importer.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import dev.careers.events.FailureCode;
import dev.careers.support.tenancy.TenantId;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

import org.springframework.stereotype.Component;

/**
 * Reads a multipart upload one part at a time straight from the request (the container never
 * buffers it): each file is copied to a temporary file while its SHA-256 and size are computed and
 * its first bytes checked for the PDF signature, handed over, then deleted. Memory use is one copy
 * buffer per request, whatever the number and size of the files.
 */
@Component
public class StreamingUploads {

	/** Readers accept the PDF signature anywhere in the first KiB. */
	private static final int HEADER_WINDOW = 1024;

	private static final int MAX_PART_HEADER_BYTES = 4 * 1024;

	private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private final UploadProperties properties;

	private final UploadThrottle throttle;

	StreamingUploads(UploadProperties properties, UploadThrottle throttle) {
		this.properties = properties;
		this.throttle = throttle;
	}

	/**
	 * Streams every file of the multipart field {@code field} to {@code handler}, in order.
	 * @return how many files there were
	 * @throws UploadRejected for a request over the size cap, past the tenant's limits, or not multipart
	 */
	public int receive(TenantId tenant, HttpServletRequest request, String field, UploadHandler handler) {
		if (!JakartaServletFileUpload.isMultipartContent(request)) {
			throw UploadRejected.malformed("Send the files as multipart/form-data in the field \"" + field + "\".");
		}
		long maxRequestBytes = properties.maxRequestSize().toBytes();
		if (request.getContentLengthLong() > maxRequestBytes) {
			throw UploadRejected.tooLarge(maxRequestBytes);
		}
		try (UploadThrottle.Admission admission = throttle.admit(tenant)) {
			JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory> parser = new JakartaServletFileUpload<>();
			parser.setMaxSize(maxRequestBytes);
			// room for a 255-character file name in any script (up to 4 bytes a character, percent-encoded by
			// some clients); the library's 512-byte default turned a long non-Latin name into a 413 for the request
			parser.setMaxPartHeaderSize(MAX_PART_HEADER_BYTES);
			FileItemInputIterator items = parser.getItemIterator(request);
			int files = 0;
			while (items.hasNext()) {
				FileItemInput item = items.next();
				if (item.isFormField() || !field.equals(item.getFieldName())) {
					continue;
				}
				admission.countFile();
				// the name as sent: item.getName() throws on a NUL in it, which would fail the whole request
				Upload upload = spool(item, parser.getFileName(item.getHeaders()));
				try {
					handler.handle(upload);
				}
				finally {
					Files.deleteIfExists(upload.spooled());
				}
				files++;
			}
			return files;
		}
		catch (IOException ex) {
			if (isOverRequestCap(ex)) {
				throw UploadRejected.tooLarge(maxRequestBytes);
			}
			throw new UncheckedIOException("Upload could not be read", ex);
		}
	}

	private Upload spool(FileItemInput item, String sentName) throws IOException {
		long maxFileBytes = properties.maxFileSize().toBytes();
		MessageDigest sha256 = sha256();
		byte[] header = new byte[HEADER_WINDOW];
		int headerLength = 0;
		long size = 0;
		Path spooled = Files.createTempFile("upload-", ".part");
		try (InputStream in = item.getInputStream(); OutputStream out = Files.newOutputStream(spooled)) {
			byte[] buffer = new byte[64 * 1024];
			int read;
			while ((read = in.read(buffer)) != -1) {
				size += read;
				if (size > maxFileBytes) {
					// keep reading to reach the next part, but store nothing of an oversized file
					continue;
				}
				int headerBytes = Math.min(read, HEADER_WINDOW - headerLength);
				System.arraycopy(buffer, 0, header, headerLength, headerBytes);
				headerLength += headerBytes;
				sha256.update(buffer, 0, read);
				out.write(buffer, 0, read);
			}
		}
		catch (IOException ex) {
			Files.deleteIfExists(spooled);
			throw ex;
		}
		Optional<FailureCode> rejection = size > maxFileBytes ? Optional.of(FailureCode.TOO_LARGE)
				: size == 0 ? Optional.of(FailureCode.EMPTY_FILE)
						: isPdf(header, headerLength) ? Optional.empty() : Optional.of(FailureCode.NOT_A_PDF);
		return new Upload(FileNames.sanitised(sentName), size, HexFormat.of().formatHex(sha256.digest()), rejection, spooled);
	}

	static boolean isPdf(byte[] header, int length) {
		outer: for (int start = 0; start + PDF_SIGNATURE.length <= length; start++) {
			for (int i = 0; i < PDF_SIGNATURE.length; i++) {
				if (header[start + i] != PDF_SIGNATURE[i]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private static boolean isOverRequestCap(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof FileUploadSizeException) {
				return true;
			}
		}
		return false;
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

package dev.careers.importer.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

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
 * its first bytes tell its format ({@link FileSpool}), handed over (alone, or with the next ones in
 * a group), then deleted; a ZIP archive is unpacked on the way ({@link ZipArchives}). Memory use is
 * one copy buffer per request, whatever the number and size of the files.
 */
@Component
public class StreamingUploads {

	private static final int MAX_PART_HEADER_BYTES = 4 * 1024;

	private final UploadProperties properties;

	private final UploadThrottle throttle;

	private final FileSpool spool;

	private final ZipArchives archives;

	StreamingUploads(UploadProperties properties, UploadThrottle throttle, FileSpool spool, ZipArchives archives) {
		this.properties = properties;
		this.throttle = throttle;
		this.spool = spool;
		this.archives = archives;
	}

	/**
	 * Streams every file of the multipart field {@code field} to {@code handler}, in order.
	 * @return how many files there were
	 * @throws UploadRejected for a request over the size cap, past the tenant's limits, or not multipart
	 */
	public int receive(TenantId tenant, HttpServletRequest request, String field, UploadHandler handler) {
		return receive(tenant, request, field, false, UploadGroups.ONE_FILE,
				group -> group.forEach(handler::handle));
	}

	/**
	 * As {@link #receive}, but a ZIP archive (by name; its content is checked) is unpacked as it
	 * streams and each document inside is one file, named by its path; and the files are handed
	 * over in groups within {@code limits}, each file spooled to disk until its group's handler
	 * returns. The handler's work on a group (a transaction) then never waits on the client's network.
	 * @return how many files there were, the documents of archives counted
	 */
	public int receiveInGroups(TenantId tenant, HttpServletRequest request, String field, UploadGroups limits,
			UploadGroupHandler handler) {
		return receive(tenant, request, field, true, limits, handler);
	}

	private int receive(TenantId tenant, HttpServletRequest request, String field, boolean unpackArchives,
			UploadGroups limits, UploadGroupHandler handler) {
		if (!JakartaServletFileUpload.isMultipartContent(request)) {
			throw UploadRejected.malformed("Send the files as multipart/form-data in the field \"" + field + "\".");
		}
		long maxRequestBytes = properties.maxRequestSize().toBytes();
		if (request.getContentLengthLong() > maxRequestBytes) {
			throw UploadRejected.tooLarge(maxRequestBytes);
		}
		Group group = new Group(limits, handler);
		try (UploadThrottle.Admission admission = throttle.admit(tenant); group) {
			JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory> parser = new JakartaServletFileUpload<>();
			parser.setMaxSize(maxRequestBytes);
			// room for a 255-character file name in any script (up to 4 bytes a character, percent-encoded by
			// some clients); the library's 512-byte default turned a long non-Latin name into a 413 for the request
			parser.setMaxPartHeaderSize(MAX_PART_HEADER_BYTES);
			FileItemInputIterator items = parser.getItemIterator(request);
			UploadHandler counted = upload -> {
				admission.countFile();
				group.add(upload);
			};
			while (items.hasNext()) {
				FileItemInput item = items.next();
				if (item.isFormField() || !field.equals(item.getFieldName())) {
					continue;
				}
				// the name as sent: item.getName() throws on a NUL in it, which would fail the whole request
				String name = FileNames.sanitised(parser.getFileName(item.getHeaders()));
				try (InputStream in = item.getInputStream()) {
					if (unpackArchives && ZipArchives.isArchive(name)) {
						archives.expand(in, name, counted);
					}
					else {
						counted.handle(spool.spool(in, name));
					}
				}
			}
			group.handOver();
			return group.files;
		}
		catch (IOException ex) {
			if (isOverRequestCap(ex)) {
				throw UploadRejected.tooLarge(maxRequestBytes);
			}
			throw new UncheckedIOException("Upload could not be read", ex);
		}
	}

	/** The files spooled since the last hand-over; closing it deletes any that were not handed over. */
	private static final class Group implements AutoCloseable {

		private final UploadGroups limits;

		private final UploadGroupHandler handler;

		private final List<Upload> uploads = new ArrayList<>();

		private long bytes;

		private int files;

		Group(UploadGroups limits, UploadGroupHandler handler) {
			this.limits = limits;
			this.handler = handler;
		}

		void add(Upload upload) {
			uploads.add(upload);
			bytes += upload.sizeBytes();
			files++;
			if (uploads.size() >= limits.files() || bytes >= limits.bytes().toBytes()) {
				handOver();
			}
		}

		void handOver() {
			if (uploads.isEmpty()) {
				return;
			}
			try {
				handler.handle(List.copyOf(uploads));
			}
			finally {
				close();
			}
		}

		@Override
		public void close() {
			try {
				for (Upload upload : uploads) {
					deleteSpooled(upload);
				}
			}
			finally {
				uploads.clear();
				bytes = 0;
			}
		}

	}

	private static void deleteSpooled(Upload upload) {
		try {
			upload.delete();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Spooled upload could not be deleted", ex);
		}
	}

	private static boolean isOverRequestCap(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof FileUploadSizeException) {
				return true;
			}
		}
		return false;
	}

}

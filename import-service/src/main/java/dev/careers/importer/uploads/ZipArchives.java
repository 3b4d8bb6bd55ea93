package dev.careers.importer.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import dev.careers.events.FailureCode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Unpacks an uploaded ZIP archive while it streams from the request: every document inside becomes
 * one file of the upload, named by its path in the archive; archives inside it are opened one level
 * deep. Nothing of the archive is held in memory or written to disk but the documents themselves,
 * each spooled as a single uploaded file is. A hostile archive costs only itself: an entry that
 * climbs out of the archive, is encrypted or is nested too deep is a line with its error; past a
 * cap (entries, inflated bytes, inflation ratio, all counted on the bytes actually inflated), or
 * when the archive is damaged or truncated, one line says so and the rest of the archive is read
 * raw to its end and discarded, so the next file of the batch is imported.
 */
@Component
class ZipArchives {

	private static final Logger log = LoggerFactory.getLogger(ZipArchives.class);

	private final ArchiveProperties properties;

	private final FileSpool spool;

	ZipArchives(ArchiveProperties properties, FileSpool spool) {
		this.properties = properties;
		this.spool = spool;
	}

	static boolean isArchive(String fileName) {
		return fileName.toLowerCase(Locale.ROOT).endsWith(".zip");
	}

	/**
	 * Gives every document of the archive {@code part} to {@code documents}, in archive order, then
	 * reads the part to its end.
	 * @throws IOException only when the upload itself failed (the client went away); a damaged
	 * archive is a line of the upload
	 */
	void expand(InputStream part, String archiveName, UploadHandler documents) throws IOException {
		ArchiveTail raw = new ArchiveTail(part);
		Expansion expansion = new Expansion(documents);
		try {
			int entries = expansion.read(zipOver(raw), "", archiveName, 0);
			raw.drain();
			if (!raw.endsWithDirectoryOf(entries)) {
				throw new Refusal(archiveName, FailureCode.ARCHIVE_DAMAGED, "no directory matching its entries at the end");
			}
		}
		catch (Refusal refusal) {
			// names are personal data: the code and the cause are enough to tell what happened
			log.info("Archive refused: {} ({})", refusal.code, refusal.getMessage());
			documents.handle(Upload.refused(refusal.name, refusal.code));
			raw.drain();
		}
		catch (IOException ex) {
			if (raw.uploadFailure() != null) {
				throw raw.uploadFailure();
			}
			log.info("Archive damaged: {}", ex.getClass().getSimpleName());
			documents.handle(Upload.refused(expansion.current, FailureCode.ARCHIVE_DAMAGED));
			raw.drain();
		}
	}

	private static ZipArchiveInputStream zipOver(InputStream in) {
		// UTF-8 names, Info-ZIP unicode extra fields honoured, stored entries with a data descriptor read
		return new ZipArchiveInputStream(in, StandardCharsets.UTF_8.name(), true, true);
	}

	/** Paths of entries that are the packing tool's bookkeeping rather than documents: skipped without a line. */
	private static boolean isBookkeeping(String path) {
		String normalised = path.replace('\\', '/');
		return normalised.startsWith("__MACOSX/") || Arrays.stream(normalised.split("/"))
			.anyMatch(segment -> segment.startsWith(".") && !segment.equals(".") && !segment.equals(".."));
	}

	/** One archive being read: the caps' running counts, and the name of the entry in hand. */
	private final class Expansion {

		private final UploadHandler documents;

		private long entries;

		private long inflatedBytes;

		private String current;

		Expansion(UploadHandler documents) {
			this.documents = documents;
		}

		/** @return how many entries the archive (not counting a nested one's) holds */
		int read(ZipArchiveInputStream zip, String prefix, String archiveName, int depth) throws IOException {
			int read = 0;
			current = archiveName;
			for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				read++;
				if (++entries > properties.maxEntries()) {
					throw new Refusal(archiveName, FailureCode.ARCHIVE_TOO_LARGE,
							"more than " + properties.maxEntries() + " entries");
				}
				current = prefix + FileNames.sanitisedPath(entry.getName());
				readEntry(zip, entry, prefix, depth);
				current = archiveName;
			}
			return read;
		}

		private void readEntry(ZipArchiveInputStream zip, ZipArchiveEntry entry, String prefix, int depth)
				throws IOException {
			if (!zip.canReadEntryData(entry)) {
				// nothing of it can be inflated, nor skipped by inflating: its stored size is all there is
				documents.handle(Upload.refused(current, entry.getGeneralPurposeBit().usesEncryption()
						? FailureCode.ENCRYPTED_ENTRY : FailureCode.ARCHIVE_DAMAGED));
				return;
			}
			InputStream content = new CappedEntry(zip, current, !isArchive(entry.getName()));
			if (FileNames.climbsOut(entry.getName())) {
				content.transferTo(OutputStream.nullOutputStream());
				documents.handle(Upload.refused(current, FailureCode.UNSAFE_PATH));
			}
			else if (entry.isDirectory() || isBookkeeping(entry.getName())) {
				content.transferTo(OutputStream.nullOutputStream());
			}
			else if (isArchive(entry.getName()) && depth == 0) {
				String nested = current;
				read(zipOver(content), nested + "/", nested, depth + 1);
				// whatever follows the nested archive's directory inside the entry is inflated under the caps too
				content.transferTo(OutputStream.nullOutputStream());
			}
			else if (isArchive(entry.getName())) {
				content.transferTo(OutputStream.nullOutputStream());
				documents.handle(Upload.refused(current, FailureCode.NESTED_ARCHIVE));
			}
			else {
				documents.handle(spool.spool(content, current));
			}
		}

		/**
		 * One entry's inflated bytes, checked against the caps after every read: the ratio on this
		 * entry's own counts, the total across the archive (a nested archive's bytes count as its
		 * documents, once).
		 */
		private final class CappedEntry extends InputStream {

			private final ZipArchiveInputStream zip;

			private final String name;

			private final boolean countsTowardsTotal;

			CappedEntry(ZipArchiveInputStream zip, String name, boolean countsTowardsTotal) {
				this.zip = zip;
				this.name = name;
				this.countsTowardsTotal = countsTowardsTotal;
			}

			@Override
			public int read() throws IOException {
				byte[] one = new byte[1];
				return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int read = zip.read(buffer, offset, length);
				if (read > 0) {
					check(read);
				}
				return read;
			}

			private void check(int read) throws Refusal {
				long inflated = zip.getUncompressedCount();
				long compressed = Math.max(1, zip.getCompressedCount());
				if (inflated > properties.ratioFloor().toBytes() && inflated / compressed > properties.maxRatio()) {
					throw new Refusal(name, FailureCode.ARCHIVE_TOO_LARGE,
							"inflates " + inflated / compressed + " times, over " + properties.maxRatio());
				}
				if (countsTowardsTotal && (inflatedBytes += read) > properties.maxTotalSize().toBytes()) {
					throw new Refusal(name, FailureCode.ARCHIVE_TOO_LARGE,
							"inflates past " + properties.maxTotalSize());
				}
			}

		}

	}

	/** The rest of an archive refused: the line's name and code; the message is for the log. */
	private static final class Refusal extends IOException {

		private final String name;

		private final FailureCode code;

		Refusal(String name, FailureCode code, String detail) {
			super(detail);
			this.name = name;
			this.code = code;
		}

	}

}

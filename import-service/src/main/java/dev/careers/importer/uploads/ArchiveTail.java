package dev.careers.importer.uploads;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The raw bytes of an uploaded archive as they stream past: it keeps only the last
 * {@value #KEPT} bytes (room for the end-of-central-directory record and the longest comment), so
 * that once the entries are read the archive's directory can be checked against them. A failure
 * of the upload itself (the client went away) is remembered, to be told apart from a damaged archive.
 */
final class ArchiveTail extends FilterInputStream {

	/** End-of-central-directory record (22 bytes) plus the longest comment a ZIP may carry. */
	static final int KEPT = 22 + 0xFFFF;

	private static final int EOCD_SIGNATURE = 0x06054b50;

	private static final int ZIP64_MARKER = 0xFFFF;

	private final byte[] ring = new byte[KEPT];

	private long seen;

	private IOException uploadFailure;

	ArchiveTail(InputStream part) {
		super(part);
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int read;
		try {
			read = super.read(buffer, offset, length);
		}
		catch (IOException ex) {
			uploadFailure = ex;
			throw ex;
		}
		for (int i = 0; i < read; i++) {
			ring[(int) ((seen + i) % KEPT)] = buffer[offset + i];
		}
		seen += Math.max(read, 0);
		return read;
	}

	@Override
	public long skip(long n) throws IOException {
		return Math.max(0, read(new byte[(int) Math.min(Math.max(n, 0), 8192)]));
	}

	@Override
	public void close() {
		// the multipart part is read to its end by the caller, never closed half-way by the archive reader
	}

	/** Reads the rest of the part (bytes the archive reader did not need), keeping the tail. */
	void drain() throws IOException {
		transferTo(OutputStream.nullOutputStream());
	}

	/** The failure of the upload itself, if reading the part failed. */
	IOException uploadFailure() {
		return uploadFailure;
	}

	/**
	 * Whether the part ended with an end-of-central-directory record naming {@code entries} entries
	 * (or a ZIP64 marker): a truncated archive or a broken directory fails this.
	 */
	boolean endsWithDirectoryOf(int entries) {
		byte[] tail = tail();
		for (int at = tail.length - 22; at >= 0; at--) {
			if (int32(tail, at) == EOCD_SIGNATURE && at + 22 + int16(tail, at + 20) == tail.length) {
				int total = int16(tail, at + 10);
				return total == ZIP64_MARKER || total == (entries & 0xFFFF);
			}
		}
		return false;
	}

	private byte[] tail() {
		int length = (int) Math.min(seen, KEPT);
		byte[] tail = new byte[length];
		for (int i = 0; i < length; i++) {
			tail[i] = ring[(int) ((seen - length + i) % KEPT)];
		}
		return tail;
	}

	private static int int16(byte[] bytes, int at) {
		return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
	}

	private static int int32(byte[] bytes, int at) {
		return int16(bytes, at) | int16(bytes, at + 2) << 16;
	}

}

package dev.careers.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** ZIP archives the tests make with {@code java.util.zip}, and the ways hostile ones break them. */
public final class TestArchives {

	private TestArchives() {
	}

	/** A deflated archive of these entries in order; a name ending in {@code /} is a folder. */
	public static byte[] zip(Map<String, byte[]> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	public static Map<String, byte[]> entries(Object... namesAndContents) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		for (int i = 0; i < namesAndContents.length; i += 2) {
			entries.put((String) namesAndContents[i], (byte[]) namesAndContents[i + 1]);
		}
		return entries;
	}

	/**
	 * A stored (uncompressed) archive whose entry {@code encrypted} has the general-purpose "encrypted"
	 * bit set in its local and central headers, as a password-protecting tool writes it.
	 */
	public static byte[] withEncryptedEntry(Map<String, byte[]> entries, String encrypted) {
		byte[] zip = stored(entries);
		byte[] name = encrypted.getBytes(StandardCharsets.UTF_8);
		for (int at = 0; at + 30 + name.length <= zip.length; at++) {
			boolean local = signatureAt(zip, at, 0x04034b50) && nameAt(zip, at + 30, name);
			boolean central = signatureAt(zip, at, 0x02014b50) && at + 46 + name.length <= zip.length
					&& nameAt(zip, at + 46, name);
			if (local) {
				zip[at + 6] |= 1;
			}
			if (central) {
				zip[at + 8] |= 1;
			}
		}
		return zip;
	}

	/** The archive with its end-of-central-directory record counting one entry more than it holds. */
	public static byte[] withWrongDirectoryCount(byte[] zip) {
		byte[] broken = zip.clone();
		for (int at = broken.length - 22; at >= 0; at--) {
			if (signatureAt(broken, at, 0x06054b50)) {
				broken[at + 10]++;
				broken[at + 8]++;
				return broken;
			}
		}
		throw new IllegalArgumentException("no end of central directory");
	}

	public static byte[] cut(byte[] zip, int length) {
		return Arrays.copyOf(zip, length);
	}

	/** Where the central directory starts: the archive cut there lost its directory, nothing else. */
	public static int centralDirectoryOffset(byte[] zip) {
		for (int at = 0; at + 4 <= zip.length; at++) {
			if (signatureAt(zip, at, 0x02014b50)) {
				return at;
			}
		}
		throw new IllegalArgumentException("no central directory");
	}

	private static byte[] stored(Map<String, byte[]> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				ZipEntry stored = new ZipEntry(entry.getKey());
				stored.setMethod(ZipEntry.STORED);
				stored.setSize(entry.getValue().length);
				CRC32 crc = new CRC32();
				crc.update(entry.getValue());
				stored.setCrc(crc.getValue());
				zip.putNextEntry(stored);
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static boolean signatureAt(byte[] bytes, int at, int signature) {
		return at + 4 <= bytes.length && ((bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8
				| (bytes[at + 2] & 0xFF) << 16 | (bytes[at + 3] & 0xFF) << 24) == signature;
	}

	private static boolean nameAt(byte[] bytes, int at, byte[] name) {
		return Arrays.equals(bytes, at, at + name.length, name, 0, name.length);
	}

}

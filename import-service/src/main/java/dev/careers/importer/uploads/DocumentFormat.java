package dev.careers.importer.uploads;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import dev.careers.events.FailureCode;

/**
 * The documents an import reads, told by their first bytes: a PDF by its signature whatever the
 * name; a DOCX by the ZIP (or, encrypted, the OLE2) signature and its name; plain text by its name
 * and bytes that are text. Word 97-2003, RTF and OpenDocument files are refused saying what to do.
 */
enum DocumentFormat {

	PDF("application/pdf"), WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	TEXT("text/plain;charset=UTF-8");

	private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ZIP_SIGNATURE = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2_SIGNATURE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
			(byte) 0xB1, 0x1A, (byte) 0xE1 };

	private static final byte[] RTF_SIGNATURE = "{\\rtf".getBytes(StandardCharsets.US_ASCII);

	/** The one part every Word package has; its name sits in the first KiB when Word wrote it first. */
	private static final byte[] WORD_PART = "word/document.xml".getBytes(StandardCharsets.US_ASCII);

	private final String mediaType;

	DocumentFormat(String mediaType) {
		this.mediaType = mediaType;
	}

	String mediaType() {
		return mediaType;
	}

	/**
	 * The format of a file from the first bytes of its content and its name.
	 * @return the format, or the failure code that refuses the file
	 */
	static Detected detect(byte[] header, int length, String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (indexOf(header, length, PDF_SIGNATURE) >= 0) {
			return new Detected(PDF, null);
		}
		if (startsWith(header, length, ZIP_SIGNATURE)) {
			if (name.endsWith(".docx") || indexOf(header, length, WORD_PART) >= 0) {
				return new Detected(WORD, null);
			}
			return refused(name.endsWith(".odt") ? FailureCode.LEGACY_FORMAT : FailureCode.NOT_A_PDF);
		}
		if (startsWith(header, length, OLE2_SIGNATURE)) {
			// a password-protected DOCX is an OLE2 container too: the worker reads it and says so
			return name.endsWith(".docx") ? new Detected(WORD, null) : refused(FailureCode.LEGACY_FORMAT);
		}
		if (startsWith(header, length, RTF_SIGNATURE) || name.endsWith(".doc") || name.endsWith(".rtf")
				|| name.endsWith(".odt")) {
			return refused(FailureCode.LEGACY_FORMAT);
		}
		if (name.endsWith(".txt") && isText(header, length)) {
			return new Detected(TEXT, null);
		}
		return refused(FailureCode.NOT_A_PDF);
	}

	private static Detected refused(FailureCode code) {
		return new Detected(null, code);
	}

	/** No NUL and no control characters but tab, line and page breaks: what text editors write. */
	private static boolean isText(byte[] header, int length) {
		for (int i = 0; i < length; i++) {
			int b = header[i] & 0xFF;
			if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
				return false;
			}
		}
		return true;
	}

	private static boolean startsWith(byte[] header, int length, byte[] signature) {
		return length >= signature.length && indexOf(header, signature.length, signature) == 0;
	}

	private static int indexOf(byte[] header, int length, byte[] part) {
		outer: for (int start = 0; start + part.length <= length; start++) {
			for (int i = 0; i < part.length; i++) {
				if (header[start + i] != part[i]) {
					continue outer;
				}
			}
			return start;
		}
		return -1;
	}

	/** A format, or the code of the refusal when there is none. */
	record Detected(DocumentFormat format, FailureCode refusal) {

		Optional<FailureCode> rejection() {
			return Optional.ofNullable(refusal);
		}

	}

}

package dev.careers.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * PDFs that try to hurt a parser, and PDFs that are locked or broken: each must fail its own task
 * with the right code and nothing else. The structurally hostile ones are written byte by byte,
 * because a PDF library refuses to produce them.
 */
public final class HostilePdfs {

	private static final String FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

	private HostilePdfs() {
	}

	/** {@code pdf} encrypted so that opening it needs {@code userPassword}. */
	public static byte[] userPasswordProtected(byte[] pdf, String userPassword) {
		return encrypted(pdf, userPassword);
	}

	/**
	 * {@code pdf} encrypted with an owner password only: anyone may open and read it, only
	 * permissions (printing, editing) are restricted.
	 */
	public static byte[] ownerPasswordOnly(byte[] pdf) {
		return encrypted(pdf, "");
	}

	/** The first {@code share} (0..1) of {@code pdf}'s bytes, as an interrupted download leaves it. */
	public static byte[] truncated(byte[] pdf, double share) {
		return Arrays.copyOf(pdf, (int) (pdf.length * share));
	}

	/** An HTML page with a script, as a browser saves it under a {@code .pdf} name. */
	public static byte[] htmlNamedPdf() {
		return "<!DOCTYPE html><html><body><script>alert('resume')</script>Jane Doe</body></html>"
			.getBytes(StandardCharsets.UTF_8);
	}

	/** A page tree whose two nodes are each other's child: no page is ever reached. */
	public static byte[] pageTreeLoop() {
		return rawPdf(List.of(ascii("<< /Type /Catalog /Pages 2 0 R >>"),
				ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
				ascii("<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>")));
	}

	/** One real page in a page tree that claims {@code claimedPages}. */
	public static byte[] pageCountClaim(int claimedPages) {
		return rawPdf(List.of(ascii("<< /Type /Catalog /Pages 2 0 R >>"),
				ascii("<< /Type /Pages /Kids [3 0 R] /Count " + claimedPages + " >>"), textPage(4, 5),
				stream("", ascii("BT /F1 12 Tf 72 700 Td (Claimed pages) Tj ET")), ascii(FONT)));
	}

	/**
	 * A one-page PDF whose page content is a Flate stream of a few hundred kilobytes that inflates
	 * to {@code inflatedBytes} of blanks.
	 */
	public static byte[] decompressionBomb(long inflatedBytes) {
		return rawPdf(List.of(ascii("<< /Type /Catalog /Pages 2 0 R >>"),
				ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"), textPage(4, 5),
				stream("/Filter /FlateDecode", deflatedBlanks(inflatedBytes)), ascii(FONT)));
	}

	/** A page whose only content is an image claiming {@code width} x {@code height} pixels. */
	public static byte[] hugeImage(int width, int height) {
		String image = "/Type /XObject /Subtype /Image /Width " + width + " /Height " + height
				+ " /BitsPerComponent 8 /ColorSpace /DeviceGray /Filter /FlateDecode";
		return rawPdf(List.of(ascii("<< /Type /Catalog /Pages 2 0 R >>"),
				ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
				ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
						+ " /Resources << /XObject << /Im1 5 0 R >> >> >>"),
				stream("", ascii("q 595 0 0 842 0 0 cm /Im1 Do Q")), stream(image, deflatedBlanks(1 << 20))));
	}

	/** A page dictionary holding arrays nested {@code depth} deep. */
	public static byte[] deepNesting(int depth) {
		String nested = "[".repeat(depth) + "]".repeat(depth);
		return rawPdf(List.of(ascii("<< /Type /Catalog /Pages 2 0 R >>"),
				ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
				ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Deep " + nested
						+ " /Resources << /Font << /F1 5 0 R >> >> >>"),
				stream("", ascii("BT /F1 12 Tf 72 700 Td (Deep) Tj ET")), ascii(FONT)));
	}

	/** A page that draws a form XObject whose own content draws that form again: recursion without end. */
	public static byte[] selfDrawingForm() {
		return rawPdf(List.of(ascii("<< /Type /Catalog /Pages 2 0 R >>"),
				ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
				ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
						+ " /Resources << /XObject << /Fm1 5 0 R >> >> >>"),
				stream("", ascii("/Fm1 Do")),
				stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /Fm1 5 0 R >> >>",
						ascii("/Fm1 Do"))));
	}

	/** A page dictionary holding dictionaries nested {@code depth} deep. */
	public static byte[] deepDictionaryNesting(int depth) {
		String nested = "<< /A ".repeat(depth) + "0" + " >>".repeat(depth);
		return rawPdf(List.of(ascii("<< /Type /Catalog /Pages 2 0 R >>"),
				ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
				ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Deep " + nested
						+ " /Resources << /Font << /F1 5 0 R >> >> >>"),
				stream("", ascii("BT /F1 12 Tf 72 700 Td (Deep) Tj ET")), ascii(FONT)));
	}

	/** The start of a ZIP archive (a Word document, say) saved under a {@code .pdf} name. */
	public static byte[] zipNamedPdf() {
		byte[] zip = new byte[512];
		byte[] header = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0 };
		System.arraycopy(header, 0, zip, 0, header.length);
		byte[] entry = ascii("word/document.xml");
		System.arraycopy(entry, 0, zip, 30, entry.length);
		return zip;
	}

	/** {@code size} seeded random bytes (an image, an executable, noise) under a {@code .pdf} name. */
	public static byte[] randomBytes(long seed, int size) {
		byte[] bytes = new byte[size];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	/**
	 * {@code pdf} damaged by a seeded mutation, as a fuzzer makes it: flipped bytes, a cut, a
	 * repeated or removed slice. The same seed gives the same bytes.
	 */
	public static byte[] mutated(byte[] pdf, long seed) {
		Random random = new Random(seed);
		byte[] bytes = pdf.clone();
		switch (random.nextInt(4)) {
			case 0 -> {
				for (int i = 0, flips = 1 + random.nextInt(32); i < flips; i++) {
					bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
				}
			}
			case 1 -> bytes = Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length - 1));
			case 2 -> {
				int from = random.nextInt(bytes.length);
				int length = Math.min(bytes.length - from, 1 + random.nextInt(512));
				byte[] grown = new byte[bytes.length + length];
				System.arraycopy(bytes, 0, grown, 0, from + length);
				System.arraycopy(bytes, from, grown, from + length, bytes.length - from);
				bytes = grown;
			}
			default -> {
				int from = random.nextInt(bytes.length);
				int length = Math.min(bytes.length - from, 1 + random.nextInt(512));
				byte[] shrunk = new byte[bytes.length - length];
				System.arraycopy(bytes, 0, shrunk, 0, from);
				System.arraycopy(bytes, from + length, shrunk, from, bytes.length - from - length);
				bytes = shrunk;
			}
		}
		return bytes;
	}

	private static byte[] encrypted(byte[] pdf, String userPassword) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			AccessPermission permissions = new AccessPermission();
			permissions.setCanModify(false);
			permissions.setCanPrint(false);
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			return TestPdfs.toBytes(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] textPage(int contentObject, int fontObject) {
		return ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents " + contentObject
				+ " 0 R /Resources << /Font << /F1 " + fontObject + " 0 R >> >> >>");
	}

	private static byte[] stream(String dictionaryEntries, byte[] data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(ascii("<< " + dictionaryEntries + " /Length " + data.length + " >>\nstream\n"));
		out.writeBytes(data);
		out.writeBytes(ascii("\nendstream"));
		return out.toByteArray();
	}

	private static byte[] deflatedBlanks(long inflatedBytes) {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
		byte[] blanks = new byte[1 << 20];
		Arrays.fill(blanks, (byte) ' ');
		byte[] buffer = new byte[1 << 16];
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (long written = 0; written < inflatedBytes; written += blanks.length) {
			deflater.setInput(blanks, 0, (int) Math.min(blanks.length, inflatedBytes - written));
			while (!deflater.needsInput()) {
				out.write(buffer, 0, deflater.deflate(buffer));
			}
		}
		deflater.finish();
		while (!deflater.finished()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		return out.toByteArray();
	}

	/** A PDF with {@code objects} numbered from 1 (the catalog) and a correct cross-reference table. */
	private static byte[] rawPdf(List<byte[]> objects) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"));
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(out.size());
			out.writeBytes(ascii((i + 1) + " 0 obj\n"));
			out.writeBytes(objects.get(i));
			out.writeBytes(ascii("\nendobj\n"));
		}
		int xref = out.size();
		StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
		offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
		table.append("trailer\n<< /Size ")
			.append(objects.size() + 1)
			.append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		out.writeBytes(ascii(table.toString()));
		return out.toByteArray();
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}

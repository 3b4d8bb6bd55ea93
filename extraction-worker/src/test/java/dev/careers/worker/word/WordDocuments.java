package dev.careers.worker.word;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Word resumes written by POI for the tests: each shape a recruiter's tenant sends, and broken ones. */
public final class WordDocuments {

	private WordDocuments() {
	}

	/** Paragraphs only, one per line given. */
	public static byte[] plain(String... lines) {
		return written(document -> {
			for (String line : lines) {
				document.createParagraph().createRun().setText(line);
			}
		});
	}

	/** The name and contact line in the page header, skills in a table, a footer line. */
	public static byte[] withTablesHeadersAndFooters(String header, List<List<String>> table, String footer) {
		return written(document -> {
			document.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(header);
			document.createParagraph().createRun().setText("Experience and skills");
			XWPFTable skills = document.createTable(table.size(), table.get(0).size());
			for (int row = 0; row < table.size(); row++) {
				for (int column = 0; column < table.get(row).size(); column++) {
					skills.getRow(row).getCell(column).setText(table.get(row).get(column));
				}
			}
			document.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(footer);
		});
	}

	/** {@code docx} encrypted with {@code password}, agile mode, as Word saves "Encrypt with Password". */
	public static byte[] encrypted(byte[] docx, String password) {
		try (POIFSFileSystem container = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword(password);
			try (OPCPackage source = OPCPackage.open(new ByteArrayInputStream(docx));
					OutputStream encrypted = encryptor.getDataStream(container)) {
				source.save(encrypted);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			container.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException | InvalidFormatException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The first half of a valid DOCX: the ZIP's central directory is gone. */
	public static byte[] truncated(byte[] docx) {
		return Arrays.copyOf(docx, docx.length / 2);
	}

	/** A ZIP signature and then noise. */
	public static byte[] garbageAfterZipSignature() {
		byte[] bytes = new byte[2048];
		bytes[0] = 'P';
		bytes[1] = 'K';
		bytes[2] = 3;
		bytes[3] = 4;
		for (int i = 4; i < bytes.length; i++) {
			bytes[i] = (byte) (i * 31);
		}
		return bytes;
	}

	private static byte[] written(DocumentWriter writer) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			writer.write(document);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FunctionalInterface
	private interface DocumentWriter {

		void write(XWPFDocument document) throws IOException;

	}

}

package dev.careers.worker.word;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Component;

import dev.careers.events.FailureCode;
import dev.careers.worker.ExtractionFailure;

/**
 * Reads the text of an untrusted Word document (DOCX): body paragraphs, tables, headers and footers,
 * in reading order. A password-protected DOCX is an OLE2 container holding the encrypted package,
 * told apart from a legacy Word 97-2003 file by its {@code EncryptionInfo} stream.
 */
@Component
public class WordTextExtractor {

	private final WordProperties settings;

	public WordTextExtractor(WordProperties settings) {
		this.settings = settings;
		// POI keeps its zip-bomb guards in static settings; every reader in this process shares these bounds
		ZipSecureFile.setMaxEntrySize(settings.maxPartSize().toBytes());
		ZipSecureFile.setMinInflateRatio(settings.minInflateRatio());
		ZipSecureFile.setMaxTextSize(settings.maxTextCharacters());
	}

	/** The text of {@code docx}, or an {@link ExtractionFailure} saying why there is none. */
	public String extract(Path docx) {
		FileMagic magic = magicOf(docx);
		if (magic == FileMagic.OLE2) {
			throw failureOfOle2(docx);
		}
		if (magic != FileMagic.OOXML) {
			throw new ExtractionFailure(FailureCode.DAMAGED_FILE, "not a ZIP package: " + magic);
		}
		String text = readPackage(docx);
		if (!hasUsableText(text)) {
			throw new ExtractionFailure(FailureCode.NO_TEXT_LAYER, "fewer than " + settings.minTextCharacters()
					+ " letters and digits");
		}
		return text;
	}

	private String readPackage(Path docx) {
		try (OPCPackage container = OPCPackage.open(docx.toFile(), PackageAccess.READ);
				XWPFDocument document = new XWPFDocument(container);
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
		catch (NotOfficeXmlFileException | InvalidFormatException | POIXMLException ex) {
			throw new ExtractionFailure(FailureCode.DAMAGED_FILE, "not a readable Word package: " + ex.getMessage(),
					ex);
		}
		catch (IOException | IllegalArgumentException | IllegalStateException ex) {
			throw fromIo(ex);
		}
		catch (OutOfMemoryError ex) {
			throw new ExtractionFailure(FailureCode.TOO_LARGE, "document needs more memory than a read may take");
		}
	}

	/** An OLE2 file named or declared DOCX: an encrypted package, or a legacy .doc renamed. */
	private static ExtractionFailure failureOfOle2(Path file) {
		try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
			if (container.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)
					|| container.getRoot().hasEntry("EncryptionInfo")) {
				return new ExtractionFailure(FailureCode.PASSWORD_PROTECTED, "an encrypted OOXML package");
			}
			return new ExtractionFailure(FailureCode.DAMAGED_FILE, "a Word 97-2003 or other OLE2 file, not DOCX");
		}
		catch (IOException | RuntimeException ex) {
			return new ExtractionFailure(FailureCode.DAMAGED_FILE, "a broken OLE2 container", ex);
		}
	}

	private static ExtractionFailure fromIo(Exception ex) {
		String message = String.valueOf(ex.getMessage());
		// ZipSecureFile's guards say so in their messages: a bomb, or a part or text over the cap
		if (message.contains("Zip bomb") || message.contains("exceeds the max") || message.contains("max text size")) {
			return new ExtractionFailure(FailureCode.TOO_LARGE, message, ex);
		}
		if (ex instanceof EncryptedDocumentException || ex instanceof OLE2NotOfficeXmlFileException) {
			return new ExtractionFailure(FailureCode.PASSWORD_PROTECTED, message, ex);
		}
		return new ExtractionFailure(FailureCode.DAMAGED_FILE, message, ex);
	}

	private static FileMagic magicOf(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(8);
			if (head.length == 0) {
				throw new ExtractionFailure(FailureCode.EMPTY_FILE, "zero bytes");
			}
			return FileMagic.valueOf(Arrays.copyOf(head, 8));
		}
		catch (IOException ex) {
			throw new ExtractionFailure(FailureCode.CONTENT_UNAVAILABLE, "fetched file could not be read", ex);
		}
	}

	private boolean hasUsableText(String text) {
		long lettersAndDigits = text.chars().filter(Character::isLetterOrDigit).limit(settings.minTextCharacters())
			.count();
		return lettersAndDigits >= settings.minTextCharacters();
	}

}

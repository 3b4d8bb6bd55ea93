package dev.careers.importer.uploads;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import dev.careers.events.FailureCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentFormatTest {

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1, 0, 0 };

	@Test
	void thePdfSignatureIsRecognisedAtTheStartOrWithinTheFirstKibibyte() {
		assertThat(format("%PDF-1.7\n...", "cv.pdf")).isEqualTo(DocumentFormat.PDF);
		assertThat(format("\r\n  junk before %PDF-1.4", "cv.pdf")).isEqualTo(DocumentFormat.PDF);
		assertThat(format("%PDF-1.7\n...", "cv.docx")).as("the content decides, not the name")
			.isEqualTo(DocumentFormat.PDF);
	}

	@Test
	void contentWithoutTheSignatureIsNotAPdfWhateverItsName() {
		assertThat(refusal("<html>%PDF</html>", "cv.pdf")).isEqualTo(FailureCode.NOT_A_PDF);
		assertThat(refusal("PK\u0003\u0004 a zip file", "cv.pdf")).isEqualTo(FailureCode.NOT_A_PDF);
		assertThat(refusal("%PD", "cv.pdf")).isEqualTo(FailureCode.NOT_A_PDF);
		assertThat(refusal("Plain text that calls itself a PDF.", "cv.pdf")).isEqualTo(FailureCode.NOT_A_PDF);
	}

	@Test
	void aSignaturePastTheHeaderWindowDoesNotCount() {
		byte[] header = new byte[1024];
		Arrays.fill(header, (byte) ' ');
		byte[] signature = "%PDF-".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(signature, 0, header, 1020, 4);

		assertThat(DocumentFormat.detect(header, header.length, "cv.pdf").rejection()).contains(FailureCode.NOT_A_PDF);
	}

	@Test
	void aWordDocumentIsAZipPackageNamedDocxOrHoldingTheWordPart() {
		assertThat(format("PK\u0003\u0004\u0014\u0000[Content_Types].xml", "Jane Doe.DOCX"))
			.isEqualTo(DocumentFormat.WORD);
		assertThat(format("PK\u0003\u0004\u0014\u0000word/document.xml", "resume"))
			.isEqualTo(DocumentFormat.WORD);
		assertThat(DocumentFormat.detect(OLE2, OLE2.length, "locked.docx").format())
			.as("an encrypted DOCX is an OLE2 container; the worker reports it as password-protected")
			.isEqualTo(DocumentFormat.WORD);
	}

	@Test
	void plainTextIsANameEndingInTxtAndBytesThatAreText() {
		assertThat(format("Jane Doe\r\njane@example.com\tJava, Kafka\f", "cv.txt")).isEqualTo(DocumentFormat.TEXT);
		assertThat(format("Ren\u00e9e M\u00fcller, K\u00f6ln", "cv.txt")).isEqualTo(DocumentFormat.TEXT);
		assertThat(refusal("binary\u0000\u0001\u0002", "cv.txt")).isEqualTo(FailureCode.NOT_A_PDF);
	}

	@Test
	void legacyWordRtfAndOpenDocumentAreRefusedSayingWhatToDo() {
		assertThat(DocumentFormat.detect(OLE2, OLE2.length, "cv.doc").rejection()).contains(FailureCode.LEGACY_FORMAT);
		assertThat(refusal("{\\rtf1\\ansi Jane Doe", "cv.txt")).isEqualTo(FailureCode.LEGACY_FORMAT);
		assertThat(refusal("PK\u0003\u0004mimetypeapplication/vnd.oasis.opendocument.text", "cv.odt"))
			.isEqualTo(FailureCode.LEGACY_FORMAT);
		assertThat(FailureCode.LEGACY_FORMAT.hint()).contains("DOCX or PDF");
	}

	@Test
	void mediaTypesAreWhatTheWorkerReadsBy() {
		assertThat(DocumentFormat.PDF.mediaType()).isEqualTo("application/pdf");
		assertThat(DocumentFormat.WORD.mediaType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(DocumentFormat.TEXT.mediaType()).startsWith("text/plain");
	}

	private static DocumentFormat format(String start, String name) {
		byte[] bytes = start.getBytes(StandardCharsets.ISO_8859_1);
		DocumentFormat.Detected detected = DocumentFormat.detect(bytes, bytes.length, name);
		assertThat(detected.rejection()).isEmpty();
		return detected.format();
	}

	private static FailureCode refusal(String start, String name) {
		byte[] bytes = start.getBytes(StandardCharsets.ISO_8859_1);
		return DocumentFormat.detect(bytes, bytes.length, name).rejection().orElseThrow();
	}

}

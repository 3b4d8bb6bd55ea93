package dev.careers.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * PDFs made by the tests themselves (the development corpus may not be redistributed).
 */
public final class TestPdfs {

	private TestPdfs() {
	}

	/** A one-page PDF with a text layer holding {@code lines}, one per line. */
	public static byte[] textPdf(List<String> lines) {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
				content.setLeading(14);
				content.newLineAtOffset(50, 780);
				for (String line : lines) {
					content.showText(line);
					content.newLine();
				}
				content.endText();
			}
			return toBytes(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PDF of {@code pageCount} pages, each with a line of text naming its number. */
	public static byte[] manyPages(int pageCount) {
		try (PDDocument document = new PDDocument()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (int number = 1; number <= pageCount; number++) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, 11);
					content.newLineAtOffset(50, 780);
					content.showText("Page " + number + " of a very long document about Java and SQL.");
					content.endText();
				}
			}
			return toBytes(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A plausible resume whose skills section names {@code skills}. */
	public static byte[] resume(String name, String email, List<String> skills) {
		return textPdf(List.of(name, email + " | +1 555 010 2030", "", "Summary",
				"Software engineer with ten years of experience building services.", "", "Skills",
				String.join(", ", skills), "", "Experience", "Senior Engineer, Example Corp, 2019 - 2025",
				"Built data pipelines and APIs.", "", "Education", "BSc Computer Science"));
	}

	static byte[] toBytes(PDDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}

}

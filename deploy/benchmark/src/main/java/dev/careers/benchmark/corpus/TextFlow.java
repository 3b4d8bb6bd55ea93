package dev.careers.benchmark.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text laid down a column from the top of a page to its bottom margin, then on a new page. A block
 * (a role, a section) is measured before it is drawn, so the generator can stop at the page count
 * it wants.
 */
final class TextFlow {

	static final float BOTTOM_MARGIN = 50;

	private static final float LEADING = 1.3f;

	record Line(String text, PDFont font, float size, float indent, float spaceBefore) {

		float height() {
			return spaceBefore + size * LEADING;
		}

	}

	private final PDDocument document;

	private final float x;

	private final float width;

	private final float topOfNextPages;

	private PDPage page;

	private PDPageContentStream content;

	private float y;

	private int pageNumber;

	/** A flow that starts on {@code page} at height {@code top}; further pages start at {@code topOfNextPages}. */
	TextFlow(PDDocument document, PDPage page, float x, float width, float top, float topOfNextPages) {
		this.document = document;
		this.page = page;
		this.x = x;
		this.width = width;
		this.y = top;
		this.topOfNextPages = topOfNextPages;
		this.pageNumber = document.getPages().indexOf(page) + 1;
	}

	int pageNumber() {
		return pageNumber;
	}

	/** Whether {@code height} points still fit on the current page. */
	boolean fits(float height) {
		return y - height >= BOTTOM_MARGIN;
	}

	/** Lines of {@code text} wrapped to the column, the first one {@code spaceBefore} below the previous. */
	List<Line> wrap(String text, PDFont font, float size, float indent, float spaceBefore) throws IOException {
		List<Line> lines = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = current.length() == 0 ? word : current + " " + word;
			if (current.length() > 0 && font.getStringWidth(candidate) / 1000 * size > width - indent) {
				lines.add(new Line(current.toString(), font, size, indent, lines.isEmpty() ? spaceBefore : 0));
				current.setLength(0);
				current.append(word);
			}
			else {
				current.setLength(0);
				current.append(candidate);
			}
		}
		lines.add(new Line(current.toString(), font, size, indent, lines.isEmpty() ? spaceBefore : 0));
		return lines;
	}

	static float height(List<Line> block) {
		float height = 0;
		for (Line line : block) {
			height += line.height();
		}
		return height;
	}

	/** Draws the block, on a new page first when it does not fit on this one (a block is never split). */
	void write(List<Line> block) throws IOException {
		if (!fits(height(block))) {
			newPage();
		}
		for (Line line : block) {
			y -= line.height();
			content().beginText();
			content().setFont(line.font(), line.size());
			content().newLineAtOffset(x + line.indent(), y);
			content().showText(line.text());
			content().endText();
		}
	}

	void close() throws IOException {
		if (content != null) {
			content.close();
			content = null;
		}
	}

	private PDPageContentStream content() throws IOException {
		if (content == null) {
			content = new PDPageContentStream(document, page, AppendMode.APPEND, true);
		}
		return content;
	}

	private void newPage() throws IOException {
		close();
		page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		pageNumber = document.getNumberOfPages();
		y = topOfNextPages;
	}

}

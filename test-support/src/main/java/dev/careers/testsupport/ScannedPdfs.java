package dev.careers.testsupport;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Image-only PDFs, as a scanner makes them: each page is one picture covering an A4 page, with no
 * text layer at all.
 */
public final class ScannedPdfs {

	private static final float A4_WIDTH_INCHES = PDRectangle.A4.getWidth() / 72f;

	private static final float A4_HEIGHT_INCHES = PDRectangle.A4.getHeight() / 72f;

	private ScannedPdfs() {
	}

	/** A scan of a page printed with {@code lines}, at {@code dpi} (300 reads well, 40 does not). */
	public static byte[] scanOfText(List<String> lines, int dpi) {
		BufferedImage image = blankPage(dpi);
		Graphics2D graphics = image.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		graphics.setColor(Color.BLACK);
		int fontPixels = Math.max(1, Math.round(12f * dpi / 72f));
		graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, fontPixels));
		int y = dpi;
		for (String line : lines) {
			graphics.drawString(line, dpi, y);
			y += Math.round(fontPixels * 1.5f);
		}
		graphics.dispose();
		return singleImagePage(image);
	}

	/** A scan of a photograph: grey noise with no words in it, at {@code dpi}. */
	public static byte[] scanOfPicture(int dpi, long seed) {
		BufferedImage image = blankPage(dpi);
		Random random = new Random(seed);
		for (int y = 0; y < image.getHeight(); y += 8) {
			for (int x = 0; x < image.getWidth(); x += 8) {
				int grey = 160 + random.nextInt(96);
				image.setRGB(x, y, new Color(grey, grey, grey).getRGB());
			}
		}
		return singleImagePage(image);
	}

	private static BufferedImage blankPage(int dpi) {
		BufferedImage image = new BufferedImage(Math.round(A4_WIDTH_INCHES * dpi), Math.round(A4_HEIGHT_INCHES * dpi),
				BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
		graphics.dispose();
		return image;
	}

	private static byte[] singleImagePage(BufferedImage image) {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDImageXObject picture = LosslessFactory.createFromImage(document, image);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(picture, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
			}
			return TestPdfs.toBytes(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

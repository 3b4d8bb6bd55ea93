package dev.careers.worker.pdf;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * The pictures a page draws, measured without decoding them: their pixel size from the image
 * dictionary and their size on the page from the transformation matrix in force when drawn. The
 * effective resolution of a scan is pixels per inch of page, which is what OCR depends on.
 */
final class PageImages extends PDFStreamEngine {

	private static final float POINTS_PER_INCH = 72f;

	private double sharpestDpi;

	private long largestPixels;

	PageImages() {
		addOperator(new Concatenate(this));
		addOperator(new DrawObject(this));
		addOperator(new SetGraphicsStateParameters(this));
		addOperator(new Save(this));
		addOperator(new Restore(this));
		addOperator(new SetMatrix(this));
	}

	/** What {@code page} draws: its sharpest image's dpi (0 if none) and its largest image's pixels. */
	Measure measure(PDPage page) throws IOException {
		sharpestDpi = 0;
		largestPixels = 0;
		processPage(page);
		return new Measure(sharpestDpi, largestPixels);
	}

	@Override
	protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
		ReadingCancelled.throwIfCancelled();
		if (OperatorName.DRAW_OBJECT.equals(operator.getName()) && !operands.isEmpty()
				&& operands.get(0) instanceof COSName name) {
			PDXObject drawn = getResources() == null ? null : getResources().getXObject(name);
			if (drawn instanceof PDImageXObject image) {
				measure(image);
				return;
			}
		}
		super.processOperator(operator, operands);
	}

	private void measure(PDImageXObject image) {
		long pixels = (long) image.getWidth() * image.getHeight();
		largestPixels = Math.max(largestPixels, pixels);
		Matrix placement = getGraphicsState().getCurrentTransformationMatrix();
		float widthInches = Math.abs(placement.getScalingFactorX()) / POINTS_PER_INCH;
		float heightInches = Math.abs(placement.getScalingFactorY()) / POINTS_PER_INCH;
		if (widthInches > 0 && heightInches > 0) {
			double dpi = Math.min(image.getWidth() / widthInches, image.getHeight() / heightInches);
			sharpestDpi = Math.max(sharpestDpi, dpi);
		}
	}

	/** What one page draws. */
	record Measure(double sharpestDpi, long largestPixels) {

		boolean hasImages() {
			return largestPixels > 0;
		}

	}

}

package dev.careers.worker.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

import dev.careers.events.FailureCode;
import dev.careers.worker.ExtractionFailure;

/** PDFBox's text stripper, reporting each page and stopping when the read is cancelled. */
final class ReadingStripper extends PDFTextStripper {

	private static final int BUFFER_BYTES = 64 * 1024;

	private final PageProgress progress;

	private final int pagesTotal;

	private final long maxPageContentBytes;

	private int pagesRead;

	ReadingStripper(PageProgress progress, int pagesTotal, boolean sortByPosition, long maxPageContentBytes) {
		this.progress = progress;
		this.pagesTotal = pagesTotal;
		this.maxPageContentBytes = maxPageContentBytes;
		setSortByPosition(sortByPosition);
	}

	int pagesRead() {
		return pagesRead;
	}

	/**
	 * Measures the decoded content first: a few hundred kilobytes of Flate can inflate to gigabytes
	 * (a decompression bomb), and parsing them would only end at the time cap.
	 */
	@Override
	public void processPage(PDPage page) throws IOException {
		if (page.hasContents()) {
			requireContentWithinCap(page);
		}
		super.processPage(page);
	}

	private void requireContentWithinCap(PDPage page) throws IOException {
		byte[] buffer = new byte[BUFFER_BYTES];
		long decoded = 0;
		try (InputStream content = page.getContents()) {
			for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
				decoded += read;
				if (decoded > maxPageContentBytes) {
					throw new ExtractionFailure(FailureCode.TOO_LARGE,
							"page content inflates past " + maxPageContentBytes + " bytes");
				}
				ReadingCancelled.throwIfCancelled();
			}
		}
	}

	@Override
	protected void startPage(PDPage page) throws IOException {
		ReadingCancelled.throwIfCancelled();
		super.startPage(page);
	}

	@Override
	protected void endPage(PDPage page) throws IOException {
		super.endPage(page);
		pagesRead++;
		progress.pageRead(pagesRead, pagesTotal);
	}

	@Override
	protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
		ReadingCancelled.throwIfCancelled();
		super.processOperator(operator, operands);
	}

}

package dev.careers.worker.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.text.TextPositionComparator;
import org.apache.pdfbox.util.IterativeMergeSort;

import dev.careers.events.FailureCode;
import dev.careers.worker.ExtractionFailure;

/**
 * PDFBox's text stripper, reporting each page, stopping when the read is cancelled, refusing pages
 * whose content inflates past a cap, and sorting by position only the pages whose text comes out
 * of reading order.
 */
final class ReadingStripper extends PDFTextStripper {

	private static final int BUFFER_BYTES = 64 * 1024;

	/** Deflate cannot expand more than about 1032:1, so a small Flate stream cannot be a bomb. */
	private static final long MAX_FLATE_RATIO = 1032;

	/** A page needs sorting when more than one line change in this many goes up the page. */
	private static final int UPWARD_SHARE_DIVISOR = 5;

	/** A few upward moves are columns, sidebars and headers, which sorting would interleave. */
	private static final int UPWARD_MOVES_OF_A_LAYOUT = 3;

	private final PageProgress progress;

	private final int pagesTotal;

	private final long maxPageContentBytes;

	private final boolean sortOutOfOrderPages;

	private int pagesRead;

	ReadingStripper(PageProgress progress, int pagesTotal, boolean sortOutOfOrderPages, long maxPageContentBytes) {
		this.progress = progress;
		this.pagesTotal = pagesTotal;
		this.sortOutOfOrderPages = sortOutOfOrderPages;
		this.maxPageContentBytes = maxPageContentBytes;
	}

	int pagesRead() {
		return pagesRead;
	}

	/**
	 * Measures the decoded content first when it could be a decompression bomb: a few hundred
	 * kilobytes of Flate can inflate to gigabytes, and parsing them would only end at the time cap.
	 */
	@Override
	public void processPage(PDPage page) throws IOException {
		if (page.hasContents() && mayInflatePastCap(page)) {
			requireContentWithinCap(page);
		}
		super.processPage(page);
	}

	/** Whether the content's encoded size and filters allow it to decode past the cap. */
	private boolean mayInflatePastCap(PDPage page) {
		long bound = 0;
		for (Iterator<PDStream> streams = page.getContentStreams(); streams.hasNext();) {
			COSStream stream = streams.next().getCOSObject();
			COSBase filters = stream.getFilters();
			if (filters == null) {
				bound += stream.getLength();
			}
			else if (isSingleFlate(filters)) {
				bound += stream.getLength() * MAX_FLATE_RATIO;
			}
			else {
				return true; // chained or other filters: no cheap bound
			}
			if (bound > maxPageContentBytes) {
				return true;
			}
		}
		return false;
	}

	private static boolean isSingleFlate(COSBase filters) {
		return COSName.FLATE_DECODE.equals(filters) || (filters instanceof COSArray array && array.size() == 1
				&& COSName.FLATE_DECODE.equals(array.getObject(0)));
	}

	/**
	 * Counts the decoded bytes as they inflate, and stops at the cap. PDFBox itself decodes a whole
	 * stream before handing it over, so a Flate stream is inflated here from its raw bytes; other
	 * filters are left to PDFBox, whose scratch-file cap bounds them.
	 */
	private void requireContentWithinCap(PDPage page) throws IOException {
		long decoded = 0;
		for (Iterator<PDStream> streams = page.getContentStreams(); streams.hasNext();) {
			COSStream stream = streams.next().getCOSObject();
			try (InputStream content = isSingleFlate(stream.getFilters())
					? new InflaterInputStream(stream.createRawInputStream()) : stream.createInputStream()) {
				decoded = countUpToCap(content, decoded);
			}
			catch (ZipException ex) {
				// corrupt Flate ends early: it cannot inflate past the cap, and PDFBox salvages what it can
			}
		}
	}

	private long countUpToCap(InputStream content, long decodedBefore) throws IOException {
		byte[] buffer = new byte[BUFFER_BYTES];
		long decoded = decodedBefore;
		for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
			decoded += read;
			if (decoded > maxPageContentBytes) {
				throw new ExtractionFailure(FailureCode.TOO_LARGE,
						"page content inflates past " + maxPageContentBytes + " bytes");
			}
			ReadingCancelled.throwIfCancelled();
		}
		return decoded;
	}

	@Override
	protected void startPage(PDPage page) throws IOException {
		ReadingCancelled.throwIfCancelled();
		super.startPage(page);
	}

	/**
	 * Sorting every page by position costs about a tenth of the read and mangles multi-column
	 * layouts (it interleaves the columns line by line); it only helps where a generator wrote the
	 * text in scrambled order, which shows as many moves up the page.
	 */
	@Override
	protected void writePage() throws IOException {
		if (sortOutOfOrderPages) {
			for (List<TextPosition> article : charactersByArticle) {
				if (isOutOfReadingOrder(article)) {
					sortByPosition(article);
				}
			}
		}
		super.writePage();
	}

	private static boolean isOutOfReadingOrder(List<TextPosition> article) {
		int upward = 0;
		int lineChanges = 0;
		TextPosition previous = null;
		for (TextPosition current : article) {
			if (previous != null) {
				float rise = previous.getYDirAdj() - current.getYDirAdj();
				float lineHeight = Math.max(1f, previous.getHeightDir());
				if (Math.abs(rise) > lineHeight / 2) {
					lineChanges++;
					if (rise > lineHeight) {
						upward++;
					}
				}
			}
			previous = current;
		}
		return upward > UPWARD_MOVES_OF_A_LAYOUT && upward * UPWARD_SHARE_DIVISOR > lineChanges;
	}

	private static void sortByPosition(List<TextPosition> article) {
		TextPositionComparator byPosition = new TextPositionComparator();
		try {
			Collections.sort(article, byPosition);
		}
		catch (IllegalArgumentException ex) {
			// the comparator is not transitive on overlapping glyphs; PDFBox falls back the same way
			IterativeMergeSort.sort(article, byPosition);
		}
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

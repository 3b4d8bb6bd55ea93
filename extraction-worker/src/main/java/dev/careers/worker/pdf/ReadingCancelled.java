package dev.careers.worker.pdf;

import java.util.concurrent.CancellationException;

/** Unwinds a document read whose deadline passed, from deep inside PDFBox's content parsing. */
final class ReadingCancelled {

	private ReadingCancelled() {
	}

	/** PDFBox does not watch for interrupts itself: the hooks we override call this. */
	static void throwIfCancelled() {
		if (Thread.currentThread().isInterrupted()) {
			throw new CancellationException("document read cancelled");
		}
	}

}

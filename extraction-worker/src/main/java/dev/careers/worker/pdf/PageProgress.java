package dev.careers.worker.pdf;

/**
 * Told after each page is read. Called from the thread that reads the document, so implementations
 * must be thread-safe.
 */
@FunctionalInterface
public interface PageProgress {

	PageProgress NONE = (pagesDone, pagesTotal) -> {
	};

	void pageRead(int pagesDone, int pagesTotal);

}

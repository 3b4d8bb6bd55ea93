package dev.careers.worker.pipeline;

/** Told after each page of a task's document is read; called from the reading thread. */
@FunctionalInterface
public interface ProgressListener {

	ProgressListener NONE = (pagesDone, pagesTotal) -> {
	};

	void pagesRead(int pagesDone, int pagesTotal);

}

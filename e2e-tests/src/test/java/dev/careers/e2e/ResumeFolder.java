package dev.careers.e2e;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import dev.careers.testsupport.TestPdfs;

/**
 * A folder of distinct long resumes: each a different number of pages (so each is new content, not
 * a duplicate to skip) and long enough that a worker holds it for a while. The page counts end at
 * the worker's default page cap (200), so none fails as TOO_MANY_PAGES.
 */
final class ResumeFolder {

	private static final int MOST_PAGES = 200;

	private final Map<String, byte[]> files = new LinkedHashMap<>();

	private ResumeFolder(int count) {
		if (count > MOST_PAGES / 2) {
			throw new IllegalArgumentException("at most " + MOST_PAGES / 2 + " long resumes, asked for " + count);
		}
		for (int index = 0; index < count; index++) {
			files.put(String.format("resume-%03d.pdf", index + 1), TestPdfs.manyPages(MOST_PAGES - index));
		}
	}

	static ResumeFolder of(int count) {
		return new ResumeFolder(count);
	}

	int size() {
		return files.size();
	}

	/** The files in consecutive batches of at most {@code size}, as an upload page sends a dropped folder. */
	List<Map<String, byte[]>> batches(int size) {
		List<String> names = List.copyOf(files.keySet());
		return IntStream.iterate(0, start -> start < names.size(), start -> start + size).mapToObj(start -> {
			Map<String, byte[]> batch = new LinkedHashMap<>();
			names.subList(start, Math.min(start + size, names.size())).forEach(name -> batch.put(name, files.get(name)));
			return batch;
		}).toList();
	}

}

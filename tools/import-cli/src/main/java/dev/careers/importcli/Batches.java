package dev.careers.importcli;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the files to send into upload requests: at most {@code maxFiles} files and, unless one
 * file alone is larger, at most {@code maxBytes} bytes each, keeping the files' order.
 */
record Batches(int maxFiles, long maxBytes) {

	Batches {
		if (maxFiles < 1 || maxBytes < 1) {
			throw new IllegalArgumentException("a batch takes at least one file and one byte");
		}
	}

	List<List<LocalFile>> of(List<LocalFile> files) {
		List<List<LocalFile>> batches = new ArrayList<>();
		List<LocalFile> current = new ArrayList<>();
		long currentBytes = 0;
		for (LocalFile file : files) {
			if (!current.isEmpty() && (current.size() == maxFiles || currentBytes + file.size() > maxBytes)) {
				batches.add(List.copyOf(current));
				current.clear();
				currentBytes = 0;
			}
			current.add(file);
			currentBytes += file.size();
		}
		if (!current.isEmpty()) {
			batches.add(List.copyOf(current));
		}
		return batches;
	}

}

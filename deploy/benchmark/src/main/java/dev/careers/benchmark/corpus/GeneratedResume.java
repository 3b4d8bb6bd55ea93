package dev.careers.benchmark.corpus;

import java.util.List;

/** One generated PDF: its file name, bytes, page count and the skills written into it. */
public record GeneratedResume(String fileName, byte[] content, int pages, List<String> skills) {

	public GeneratedResume {
		skills = List.copyOf(skills);
	}

}

package dev.careers.benchmark.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** The PDF files of one run, on disk: the run reads each as it uploads it, so memory does not grow with N. */
public record Corpus(Path directory, List<Path> files, long bytes) {

	private static final long MEGABYTE = 1024 * 1024;

	public Corpus {
		files = List.copyOf(files);
	}

	/** Every {@code *.pdf} under {@code directory}, in name order. */
	public static Corpus folder(Path directory) {
		try (Stream<Path> walk = Files.walk(directory)) {
			List<Path> pdfs = walk.filter(Files::isRegularFile)
				.filter(file -> file.getFileName().toString().toLowerCase().endsWith(".pdf"))
				.sorted()
				.toList();
			if (pdfs.isEmpty()) {
				throw new IllegalArgumentException("No PDF under " + directory);
			}
			return new Corpus(directory, pdfs, totalSize(pdfs));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list " + directory, ex);
		}
	}

	/** {@code count} resumes of {@code seed} written to {@code directory}. */
	public static Corpus resumes(Path directory, int count, long seed) {
		ResumeGenerator generator = new ResumeGenerator(seed);
		List<Path> files = new ArrayList<>();
		for (int index = 0; index < count; index++) {
			files.add(write(directory, generator.resume(index)));
		}
		return new Corpus(directory, files, totalSize(files));
	}

	/** Large resumes of 2-5 MB each (scanned pages appended) until they add up to {@code totalBytes}. */
	public static Corpus largeResumes(Path directory, long totalBytes, long seed) {
		ResumeGenerator generator = new ResumeGenerator(seed);
		Random sizes = new Random(seed);
		List<Path> files = new ArrayList<>();
		long written = 0;
		for (int index = 0; written < totalBytes && index < 100_000; index++) {
			long target = 2 * MEGABYTE + (long) (sizes.nextDouble() * 3 * MEGABYTE);
			Path file = write(directory, generator.largeResume(index, target));
			files.add(file);
			written += size(file);
		}
		return new Corpus(directory, files, written);
	}

	/**
	 * {@code rounds} copies of every file under {@code directory}, each round's made distinct by a PDF
	 * comment after the end of the file (so that no copy is a duplicate of another or of the original),
	 * which a reader skips: the same pages, fonts and text; and by its name, so that each copy is a
	 * record of its own.
	 */
	public Corpus copies(Path directory, int rounds) {
		List<Path> copies = new ArrayList<>(files.size() * rounds);
		long written = 0;
		for (int round = 1; round <= rounds; round++) {
			Corpus copy = copy(directory, round);
			copies.addAll(copy.files());
			written += copy.bytes();
		}
		return new Corpus(directory, copies, written);
	}

	/** Round {@code round} of {@link #copies}, alone, in {@code directory/round-<round>}. */
	public Corpus copy(Path directory, int round) {
		List<Path> copies = new ArrayList<>(files.size());
		long written = 0;
		try {
			Path roundDirectory = Files.createDirectories(roundDirectory(directory, round));
			byte[] mark = ("\n%copy " + round + "\n").getBytes(StandardCharsets.US_ASCII);
			for (Path file : files) {
				// a name of its own too: a copy is a new record, not a new version of the last round's
				Path copy = roundDirectory
					.resolve("copy-" + round + "-" + this.directory.relativize(file).toString().replace('/', '_'));
				Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
				Files.write(copy, mark, StandardOpenOption.APPEND);
				copies.add(copy);
				written += size(copy);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write copies to " + directory, ex);
		}
		return new Corpus(roundDirectory(directory, round), copies, written);
	}

	private static Path roundDirectory(Path directory, int round) {
		return directory.resolve("round-" + round);
	}

	private static Path write(Path directory, GeneratedResume resume) {
		try {
			Files.createDirectories(directory);
			return Files.write(directory.resolve(resume.fileName()), resume.content());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write to " + directory, ex);
		}
	}

	private static long totalSize(List<Path> files) {
		return files.stream().mapToLong(Corpus::size).sum();
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the size of " + file, ex);
		}
	}

}

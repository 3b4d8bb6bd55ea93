package dev.careers.importcli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files of a folder and its subfolders that the import takes: regular files whose extension
 * is one of the accepted ones, in name order, each with the SHA-256 of its content. Hidden files
 * and folders (the state file among them) are left out.
 */
final class FolderWalk {

	private final Set<String> extensions;

	/** {@code extensions} without the dot, in any case: {@code pdf}, {@code docx}. */
	FolderWalk(Set<String> extensions) {
		this.extensions = extensions.stream()
			.map(extension -> extension.toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

	List<LocalFile> files(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			throw new IOException("Not a folder: " + folder);
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			return paths.filter(Files::isRegularFile)
				.filter(path -> !hidden(folder.relativize(path)))
				.filter(path -> extensions.contains(extension(path)))
				.map(path -> describe(folder, path))
				.sorted(Comparator.comparing(LocalFile::name))
				.toList();
		}
		catch (UncheckedIOException failure) {
			throw failure.getCause();
		}
	}

	static String sha256(Path file) throws IOException {
		MessageDigest digest = newDigest();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[64 * 1024];
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				digest.update(buffer, 0, read);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static LocalFile describe(Path folder, Path file) {
		try {
			String name = folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
			return new LocalFile(file, name, Files.size(file), sha256(file));
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	private static boolean hidden(Path relative) {
		for (Path segment : relative) {
			if (segment.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	private static String extension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("every JVM has SHA-256", impossible);
		}
	}

}

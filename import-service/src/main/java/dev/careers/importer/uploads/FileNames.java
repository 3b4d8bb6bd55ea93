package dev.careers.importer.uploads;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File names are data, never paths or markup. What is kept of the name a browser sent: its last
 * path segment (a folder upload sends {@code folder/cv.pdf}), without invisible characters (NUL,
 * line breaks, the right-to-left override that disguises an extension), with the characters that
 * open markup replaced, at most {@value #MAX_LENGTH} characters with the extension kept.
 */
final class FileNames {

	static final int MAX_LENGTH = 255;

	static final String UNNAMED = "unnamed";

	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");

	private static final Pattern MARKUP = Pattern.compile("[<>\"]");

	/** An extension worth keeping when a long name is cut: a dot and a few letters or digits. */
	private static final Pattern EXTENSION = Pattern.compile("\\.[\\p{Alnum}]{1,10}$");

	private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:");

	private FileNames() {
	}

	static String sanitised(String sent) {
		String name = sent == null ? "" : INVISIBLE.matcher(sent).replaceAll("");
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = MARKUP.matcher(name).replaceAll("_").strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			return UNNAMED;
		}
		return shortened(name);
	}

	/**
	 * The path of a document inside an archive ({@code team/2024/cv.pdf}), kept as data: each folder
	 * and the file name cleaned as {@link #sanitised} cleans a name, empty, {@code .} and {@code ..}
	 * segments dropped, joined by {@code /}, at most {@value #MAX_LENGTH} characters.
	 */
	static String sanitisedPath(String sent) {
		StringBuilder path = new StringBuilder();
		for (String segment : segments(sent)) {
			String name = sanitised(segment);
			if (!name.equals(UNNAMED)) {
				path.append(path.isEmpty() ? "" : "/").append(name);
			}
		}
		return path.isEmpty() ? UNNAMED : shortened(path.toString());
	}

	/** An archive path that would leave the folder it is unpacked in: absolute, a drive, or climbing up. */
	static boolean climbsOut(String sent) {
		String path = sent.replace('\\', '/');
		return path.startsWith("/") || DRIVE.matcher(path).lookingAt()
				|| Arrays.asList(path.split("/")).contains("..");
	}

	private static String[] segments(String sent) {
		return INVISIBLE.matcher(sent).replaceAll("").replace('\\', '/').split("/");
	}

	private static String shortened(String name) {
		if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
			return name;
		}
		Matcher extension = EXTENSION.matcher(name);
		String kept = extension.find() ? extension.group() : "";
		int stemEnd = name.offsetByCodePoints(0, MAX_LENGTH - kept.length());
		return name.substring(0, stemEnd) + kept;
	}

}

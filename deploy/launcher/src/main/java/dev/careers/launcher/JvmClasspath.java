package dev.careers.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * This JVM's class path as explicit entries, for a child JVM (the broker) that needs the same jars.
 * A jar whose manifest names a {@code Class-Path} (the launcher jar with its {@code lib/}, or a
 * test runner's manifest-only jar) is expanded, so the child does not depend on how this JVM was
 * started.
 */
final class JvmClasspath {

	private JvmClasspath() {
	}

	static String current() {
		return String.join(File.pathSeparator, expand(System.getProperty("java.class.path")));
	}

	static List<String> expand(String classpath) {
		Set<String> entries = new LinkedHashSet<>();
		for (String entry : classpath.split(File.pathSeparator)) {
			if (!entry.isBlank()) {
				addWithManifestClassPath(Path.of(entry).toAbsolutePath(), entries);
			}
		}
		return new ArrayList<>(entries);
	}

	private static void addWithManifestClassPath(Path entry, Set<String> entries) {
		if (!entries.add(entry.toString()) || !entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
			return;
		}
		for (Path referenced : manifestClassPath(entry)) {
			addWithManifestClassPath(referenced, entries);
		}
	}

	private static List<Path> manifestClassPath(Path jar) {
		try (JarFile jarFile = new JarFile(jar.toFile())) {
			Manifest manifest = jarFile.getManifest();
			String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
			if (classPath == null || classPath.isBlank()) {
				return List.of();
			}
			URI base = jar.toUri();
			List<Path> referenced = new ArrayList<>();
			for (String relative : classPath.trim().split("\\s+")) {
				referenced.add(Path.of(base.resolve(relative)));
			}
			return referenced;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the manifest of " + jar, ex);
		}
	}

}

package dev.careers.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarFile;

/** Each service's Spring Boot jar, as built in {@code <home>/<module>/target/<module>-<version>.jar}. */
final class ServiceJars {

	private static final int COPY_ATTEMPTS = 5;

	private final Map<Service, Path> jars;

	private ServiceJars(Map<Service, Path> jars) {
		this.jars = jars;
	}

	/** The jars of the version this launcher was built with. */
	static ServiceJars built(Path home) {
		String version = launcherVersion();
		Map<Service, Path> jars = new EnumMap<>(Service.class);
		for (Service service : Service.values()) {
			jars.put(service, home.resolve(service.module()).resolve("target").resolve(service.module() + "-" + version + ".jar"));
		}
		return new ServiceJars(jars);
	}

	Path jar(Service service) {
		return jars.get(service);
	}

	/** Fails, naming every missing jar and how to build it, before anything is started. */
	ServiceJars requireAll() {
		List<Path> missing = Arrays.stream(Service.values()).map(this::jar).filter(jar -> !Files.isRegularFile(jar)).toList();
		if (!missing.isEmpty()) {
			throw new LaunchException("Service jars not built: " + missing
					+ ". Build them with ./mvnw -DskipTests package (./run-local does), or point --home at the project.");
		}
		return this;
	}

	/**
	 * Copies of the jars in {@code directory}: a running service reads its jar lazily, so a rebuild
	 * of the project while the system runs must not change the jar under it.
	 */
	ServiceJars copyTo(Path directory) {
		Map<Service, Path> copies = new EnumMap<>(Service.class);
		try {
			Files.createDirectories(directory);
			for (Map.Entry<Service, Path> jar : jars.entrySet()) {
				copies.put(jar.getKey(), copyWhole(jar.getValue(), directory.resolve(jar.getValue().getFileName())));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not copy the service jars to " + directory, ex);
		}
		return new ServiceJars(copies);
	}

	/** Copies again while the copy is no readable jar: a build may be writing the original right now. */
	private static Path copyWhole(Path jar, Path copy) throws IOException {
		for (int attempt = 1; attempt <= COPY_ATTEMPTS; attempt++) {
			Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
			if (isReadableJar(copy)) {
				return copy;
			}
			pause();
		}
		throw new LaunchException(jar + " is not a readable jar (is a build writing it?). Build it again with "
				+ "./mvnw -DskipTests package");
	}

	private static boolean isReadableJar(Path jar) {
		try (JarFile jarFile = new JarFile(jar.toFile())) {
			return jarFile.getManifest() != null;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void pause() {
		try {
			Thread.sleep(2_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LaunchException("Interrupted while copying the service jars", ex);
		}
	}

	private static String launcherVersion() {
		Properties properties = new Properties();
		try (InputStream in = ServiceJars.class.getResourceAsStream("launcher.properties")) {
			if (in == null) {
				throw new IllegalStateException("launcher.properties is missing from the launcher");
			}
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read launcher.properties", ex);
		}
		return properties.getProperty("version");
	}

}

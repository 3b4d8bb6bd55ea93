package dev.careers.launcher;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class JvmClasspathTest {

	@TempDir
	Path dir;

	@Test
	void manifestClassPathOfAJarIsExpandedRelativeToTheJar() throws IOException {
		Path lib = Files.createDirectories(dir.resolve("lib"));
		Path kafka = jar(lib.resolve("kafka.jar"), null);
		Path clients = jar(lib.resolve("clients.jar"), null);
		Path launcher = jar(dir.resolve("launcher.jar"), "lib/kafka.jar lib/clients.jar");

		assertThat(JvmClasspath.expand(launcher.toString())).containsExactly(launcher.toString(), kafka.toString(),
				clients.toString());
	}

	@Test
	void absoluteUrlsOfAManifestOnlyJarAreFollowedAndEachEntryAppearsOnce() throws IOException {
		Path dependency = jar(dir.resolve("dependency.jar"), null);
		Path booter = jar(dir.resolve("booter.jar"), dependency.toUri().toString());

		assertThat(JvmClasspath.expand(booter + File.pathSeparator + dependency)).containsExactly(booter.toString(),
				dependency.toString());
	}

	@Test
	void directoriesAreKeptAsTheyAre() {
		assertThat(JvmClasspath.expand(dir.toString())).containsExactly(dir.toString());
	}

	private static Path jar(Path path, String classPath) throws IOException {
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		if (classPath != null) {
			manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
		}
		try (OutputStream out = Files.newOutputStream(path); JarOutputStream jar = new JarOutputStream(out, manifest)) {
			jar.flush();
		}
		return path;
	}

}

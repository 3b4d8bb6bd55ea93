package dev.careers.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Writes the {@link ParentWatchdog} agent jar into the data directory and names it for a JVM. */
final class WatchdogAgent {

	private final Path jar;

	private WatchdogAgent(Path jar) {
		this.jar = jar;
	}

	static WatchdogAgent install(Path directory) {
		String classFile = ParentWatchdog.class.getName().replace('.', '/') + ".class";
		Path jar = directory.resolve("launcher-watchdog.jar");
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(new Attributes.Name("Premain-Class"), ParentWatchdog.class.getName());
		try (InputStream classBytes = ParentWatchdog.class.getClassLoader().getResourceAsStream(classFile);
				OutputStream out = Files.newOutputStream(jar);
				JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
			if (classBytes == null) {
				throw new IllegalStateException(classFile + " is not on the class path");
			}
			jarOut.putNextEntry(new JarEntry(classFile));
			classBytes.transferTo(jarOut);
			jarOut.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + jar, ex);
		}
		return new WatchdogAgent(jar);
	}

	/** The JVM option that makes a child exit when this process does. */
	String jvmOption() {
		return jvmOption(ProcessHandle.current().pid());
	}

	String jvmOption(long launcherPid) {
		return "-javaagent:" + jar + "=" + launcherPid;
	}

}

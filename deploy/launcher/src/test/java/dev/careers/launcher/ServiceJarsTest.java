package dev.careers.launcher;

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceJarsTest {

	@TempDir
	Path home;

	@Test
	void jarsAreThoseOfTheLaunchersOwnVersionInEachModulesTarget() {
		assertThat(ServiceJars.built(home).jar(Service.IMPORT_SERVICE))
			.isEqualTo(home.resolve("import-service/target/import-service-0.1.0-SNAPSHOT.jar"));
	}

	@Test
	void missingJarsAreNamedWithHowToBuildThem() {
		assertThatThrownBy(() -> ServiceJars.built(home).requireAll()).isInstanceOf(LaunchException.class)
			.hasMessageContaining("gateway-0.1.0-SNAPSHOT.jar")
			.hasMessageContaining("./mvnw -DskipTests package");
	}

	@Test
	void copiesAreWhatServicesRunFrom() throws IOException {
		ServiceJars built = buildAll();

		ServiceJars copies = built.copyTo(home.resolve("data/jars"));

		assertThat(copies.jar(Service.GATEWAY)).isEqualTo(home.resolve("data/jars/gateway-0.1.0-SNAPSHOT.jar"))
			.hasSameBinaryContentAs(built.jar(Service.GATEWAY));
	}

	@Test
	void aJarThatIsStillBeingWrittenIsRefused() throws IOException {
		ServiceJars built = buildAll();
		Files.write(built.jar(Service.HISTORY_SERVICE), new byte[] { 'P', 'K', 3, 4, 0, 0 });

		assertThatThrownBy(() -> built.copyTo(home.resolve("data/jars"))).isInstanceOf(LaunchException.class)
			.hasMessageContaining("history-service-0.1.0-SNAPSHOT.jar is not a readable jar");
	}

	private ServiceJars buildAll() throws IOException {
		ServiceJars built = ServiceJars.built(home);
		for (Service service : Service.values()) {
			Path jar = built.jar(service);
			Files.createDirectories(jar.getParent());
			Manifest manifest = new Manifest();
			manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
			try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
				jarOut.flush();
			}
		}
		return built.requireAll();
	}

}

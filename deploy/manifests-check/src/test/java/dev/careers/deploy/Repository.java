package dev.careers.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The files of this repository, as the checks read them. The root comes from the build (surefire). */
final class Repository {

	private static final Path ROOT = Path.of(System.getProperty("repository.root")).toAbsolutePath().normalize();

	private Repository() {
	}

	static Path path(String relative) {
		return ROOT.resolve(relative);
	}

	static String text(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String text(String relative) {
		return text(path(relative));
	}

	/** The single YAML document of a file. */
	static Node yaml(String relative) {
		List<Node> documents = yamlDocuments(path(relative));
		if (documents.size() != 1) {
			throw new IllegalStateException(relative + " holds " + documents.size() + " YAML documents, expected one");
		}
		return documents.get(0);
	}

	/** Every non-empty document of a multi-document YAML file. */
	static List<Node> yamlDocuments(Path file) {
		Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
		return Stream.of(yaml.loadAll(text(file)))
			.flatMap(documents -> StreamSupport.stream(documents.spliterator(), false))
			.filter(Objects::nonNull)
			.map(document -> new Node(document, file.getFileName().toString()))
			.toList();
	}

	static List<Path> files(String relativeDirectory, String suffix) {
		try (Stream<Path> walk = Files.walk(path(relativeDirectory))) {
			return walk.filter(Files::isRegularFile).filter(file -> file.toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package dev.careers.importcli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The state of a folder's import, as JSON in one file. Saved by writing a sibling temporary file
 * and renaming it over the old one, so a run killed at any moment (kill -9 included) leaves either
 * the previous state or the new one, never half of one.
 */
final class StateFile {

	/** In the imported folder; hidden, so the folder walk leaves it out. */
	static final String DEFAULT_NAME = ".careers-import-state.json";

	private final Path path;

	private final JsonMapper json;

	StateFile(Path path, JsonMapper json) {
		this.path = path;
		this.json = json;
	}

	Path path() {
		return path;
	}

	Optional<ImportState> load() throws IOException {
		if (!Files.exists(path)) {
			return Optional.empty();
		}
		try {
			return Optional.of(json.readValue(Files.readString(path), ImportState.class));
		}
		catch (JacksonException unreadable) {
			throw new IOException("The state file " + path + " is not readable (" + unreadable.getOriginalMessage()
					+ "). Delete it to start over: files already imported are then sent again and skipped by the server.",
					unreadable);
		}
	}

	void save(ImportState state) throws IOException {
		Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
		Files.writeString(temporary, json.writeValueAsString(state));
		try {
			Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException unsupported) {
			Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}

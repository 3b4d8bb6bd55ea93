package dev.careers.importcli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class StateFileTest {

	@TempDir
	Path folder;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void noFileNoState() throws IOException {
		assertThat(stateFile().load()).isEmpty();
	}

	@Test
	void savedStateIsLoadedAsItWas() throws IOException {
		ImportState state = new ImportState("http://localhost:8080", UUID.randomUUID(),
				Map.of("aa11", "CREATED", "bb22", "ERROR"));

		stateFile().save(state);

		assertThat(stateFile().load()).contains(state);
	}

	@Test
	void aSaveReplacesThePreviousStateWholeAndLeavesNoTemporaryFile() throws IOException {
		UUID importId = UUID.randomUUID();
		stateFile().save(new ImportState("http://a", importId, Map.of("aa11", "CREATED")));

		stateFile().save(new ImportState("http://a", importId, Map.of("aa11", "CREATED", "bb22", "SKIPPED")));

		assertThat(stateFile().load()).hasValueSatisfying(
				state -> assertThat(state.imported()).containsOnlyKeys("aa11", "bb22"));
		try (var files = Files.list(folder)) {
			assertThat(files).extracting(path -> path.getFileName().toString())
				.containsExactly(StateFile.DEFAULT_NAME);
		}
	}

	@Test
	void aHalfWrittenTemporaryFileFromAKilledRunDoesNotMatter() throws IOException {
		ImportState state = new ImportState("http://a", UUID.randomUUID(), Map.of("aa11", "CREATED"));
		stateFile().save(state);
		Files.writeString(folder.resolve(StateFile.DEFAULT_NAME + ".tmp"), "{\"url\":\"http://a\",\"impo");

		assertThat(stateFile().load()).contains(state);
		stateFile().save(state);
		assertThat(stateFile().load()).contains(state);
	}

	@Test
	void anUnreadableStateFileSaysHowToStartOver() throws IOException {
		Files.writeString(folder.resolve(StateFile.DEFAULT_NAME), "not json");

		assertThatIOException().isThrownBy(() -> stateFile().load()).withMessageContaining("Delete it to start over");
	}

	private StateFile stateFile() {
		return new StateFile(folder.resolve(StateFile.DEFAULT_NAME), json);
	}

}

package dev.careers.importcli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BatchesTest {

	@Test
	void cutsByFileCountKeepingTheOrder() {
		List<LocalFile> files = files(10, 10, 10, 10, 10);

		List<List<LocalFile>> batches = new Batches(2, 1_000).of(files);

		assertThat(batches).extracting(List::size).containsExactly(2, 2, 1);
		assertThat(batches.stream().flatMap(List::stream).toList()).isEqualTo(files);
	}

	@Test
	void cutsBeforeTheFileThatWouldCrossTheByteCap() {
		List<List<LocalFile>> batches = new Batches(10, 100).of(files(60, 40, 1, 99, 50));

		assertThat(batches).extracting(batch -> batch.stream().mapToLong(LocalFile::size).sum())
			.containsExactly(100L, 100L, 50L);
	}

	@Test
	void aFileLargerThanTheByteCapGoesAlone() {
		List<List<LocalFile>> batches = new Batches(10, 100).of(files(5, 500, 5));

		assertThat(batches).extracting(List::size).containsExactly(1, 1, 1);
	}

	@Test
	void noFilesNoBatches() {
		assertThat(new Batches(5, 5).of(List.of())).isEmpty();
	}

	@Test
	void refusesAnEmptyCap() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Batches(0, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> new Batches(10, 0));
	}

	private static List<LocalFile> files(long... sizes) {
		return IntStream.range(0, sizes.length)
			.mapToObj(index -> new LocalFile(Path.of("f" + index), "f" + index, sizes[index], "hash" + index))
			.toList();
	}

}

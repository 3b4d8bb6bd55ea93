package dev.careers.support.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryDocumentStoreTest extends DocumentStoreContract {

	@TempDir
	Path root;

	private DirectoryDocumentStore store;

	@BeforeEach
	void openStore() throws IOException {
		store = new DirectoryDocumentStore(root);
	}

	@Override
	DocumentStore store() {
		return store;
	}

	@Test
	void objectsAreFilesUnderTenantAndHashAndNoPartialFileStays() throws IOException {
		byte[] content = "resume".getBytes();
		DocumentKey key = keyOf(content);

		store.put(key, content.length, new java.io.ByteArrayInputStream(content));

		assertThat(root.resolve(key.tenant().value()).resolve(key.sha256())).hasBinaryContent(content);
		try (Stream<Path> incoming = Files.list(root.resolve(".incoming"))) {
			assertThat(incoming).isEmpty();
		}
	}

	@Test
	void aPartialWriteCutOffByACrashIsRemovedOnceOlderThanTheCutoffAndAWriteUnderWayIsNot() throws IOException {
		Path incoming = root.resolve(".incoming");
		Path cutOff = Files.writeString(incoming.resolve("cut-off.part"), "half a resu");
		Files.setLastModifiedTime(cutOff, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
		Path underWay = Files.writeString(incoming.resolve("under-way.part"), "a resume being wri");

		assertThat(store.removePartialWrites(Instant.now().minus(Duration.ofHours(1)))).isEqualTo(1);

		assertThat(cutOff).doesNotExist();
		assertThat(underWay).exists();
	}

	@Test
	void filesThatAreNoKeysAreNotObjects() throws IOException {
		Files.createDirectories(root.resolve("tenant-a"));
		Files.writeString(root.resolve("tenant-a").resolve("notes.txt"), "not ours");

		try (Stream<DocumentStore.StoredObject> objects = store.objects()) {
			assertThat(objects).isEmpty();
		}
	}

}

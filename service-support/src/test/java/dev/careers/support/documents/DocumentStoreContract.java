package dev.careers.support.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import dev.careers.support.tenancy.TenantId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link DocumentStore} does, run against each implementation on a real backend. */
abstract class DocumentStoreContract {

	private final TenantId tenant = new TenantId("t-" + UUID.randomUUID());

	abstract DocumentStore store();

	@Test
	void aStoredObjectReadsBackByteForByte() throws IOException {
		byte[] content = randomBytes(3 * 1024 * 1024 + 17);
		DocumentKey key = keyOf(content);

		store().put(key, content.length, new ByteArrayInputStream(content));

		try (InputStream in = store().open(key)) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
	}

	@Test
	void writingAKeyAgainKeepsOneObjectWithTheSameBytes() throws IOException {
		byte[] content = "the same resume twice".getBytes(StandardCharsets.UTF_8);
		DocumentKey key = keyOf(content);

		store().put(key, content.length, new ByteArrayInputStream(content));
		store().put(key, content.length, new ByteArrayInputStream(content));

		assertThat(keysOfTenant()).containsExactly(key);
		try (InputStream in = store().open(key)) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
	}

	@Test
	void aKeyWithoutAnObjectIsNoSuchFile() {
		DocumentKey missing = keyOf("never stored".getBytes(StandardCharsets.UTF_8));

		assertThatThrownBy(() -> store().open(missing).close()).isInstanceOf(NoSuchFileException.class);
	}

	@Test
	void contentShorterThanAnnouncedLeavesNoObject() {
		byte[] content = randomBytes(10_000);
		DocumentKey key = keyOf(content);

		assertThatThrownBy(() -> store().put(key, content.length + 1, new ByteArrayInputStream(content)))
			.isInstanceOf(IOException.class);

		assertThatThrownBy(() -> store().open(key).close()).isInstanceOf(NoSuchFileException.class);
		assertThat(keysOfTenant()).isEmpty();
	}

	@Test
	void objectsAreListedWithWhenTheyWereWrittenAndDeletedByKey() throws IOException {
		Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		byte[] first = "first".getBytes(StandardCharsets.UTF_8);
		byte[] second = "second".getBytes(StandardCharsets.UTF_8);
		store().put(keyOf(first), first.length, new ByteArrayInputStream(first));
		store().put(keyOf(second), second.length, new ByteArrayInputStream(second));

		assertThat(objectsOfTenant()).extracting(DocumentStore.StoredObject::key)
			.containsExactlyInAnyOrder(keyOf(first), keyOf(second));
		assertThat(objectsOfTenant()).allSatisfy(object -> assertThat(object.lastModified())
			.isBetween(before.minusSeconds(5), Instant.now().plusSeconds(5)));

		assertThat(store().lastModified(keyOf(first))).hasValueSatisfying(
				lastModified -> assertThat(lastModified).isBetween(before.minusSeconds(5), Instant.now().plusSeconds(5)));

		store().delete(keyOf(first));
		store().delete(keyOf(first));

		assertThat(keysOfTenant()).containsExactly(keyOf(second));
		assertThat(store().lastModified(keyOf(first))).isEmpty();
	}

	private List<DocumentKey> keysOfTenant() {
		return objectsOfTenant().stream().map(DocumentStore.StoredObject::key).toList();
	}

	private List<DocumentStore.StoredObject> objectsOfTenant() {
		try (Stream<DocumentStore.StoredObject> objects = store().objects()) {
			return objects.filter(object -> object.key().tenant().equals(tenant)).toList();
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	DocumentKey keyOf(byte[] content) {
		return DocumentKey.of(tenant, content);
	}

	private static byte[] randomBytes(int size) {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		return bytes;
	}

}

package dev.careers.worker.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import dev.careers.events.FailureCode;
import dev.careers.support.documents.DirectoryDocumentStore;
import dev.careers.support.documents.DocumentKey;
import dev.careers.support.documents.DocumentStore;
import dev.careers.support.tenancy.TenantId;
import dev.careers.worker.ExtractionFailure;
import dev.careers.worker.ForwardingDocumentStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading an object of the document store into the worker's temporary file, on a real directory store. */
class StoredContentTest {

	private static final ContentProperties SETTINGS = new ContentProperties(DataSize.ofKilobytes(1), 2,
			Duration.ofMillis(1), 2, Duration.ofMillis(5));

	private static final TenantId TENANT = new TenantId("tenant-a");

	@TempDir
	Path root;

	@TempDir
	Path work;

	private DirectoryDocumentStore store;

	@BeforeEach
	void openStore() throws IOException {
		store = new DirectoryDocumentStore(root);
	}

	@Test
	void anObjectIsCopiedWhole() throws IOException {
		byte[] content = "Jane Doe, Java and PostgreSQL".getBytes(StandardCharsets.UTF_8);
		DocumentKey key = put(content);

		new StoredContent(store, SETTINGS).copy(key.value(), work.resolve("copy"));

		assertThat(work.resolve("copy")).hasBinaryContent(content);
	}

	@Test
	void aKeyWithoutAnObjectFailsAtOnceAsContentUnavailable() {
		CountingStore counting = new CountingStore(store, 0);

		assertThatThrownBy(() -> new StoredContent(counting, SETTINGS).copy(TENANT.value() + "/" + "a".repeat(64),
				work.resolve("copy")))
			.isInstanceOfSatisfying(ExtractionFailure.class,
					failure -> assertThat(failure.code()).isEqualTo(FailureCode.CONTENT_UNAVAILABLE));
		assertThat(counting.opened.get()).isEqualTo(1);
	}

	@Test
	void aFailingStoreIsTriedAgainThenTheTaskFailsAsContentUnavailable() throws IOException {
		DocumentKey key = put("resume".getBytes(StandardCharsets.UTF_8));
		CountingStore failing = new CountingStore(store, Integer.MAX_VALUE);

		assertThatThrownBy(() -> new StoredContent(failing, SETTINGS).copy(key.value(), work.resolve("copy")))
			.isInstanceOfSatisfying(ExtractionFailure.class,
					failure -> assertThat(failure.code()).isEqualTo(FailureCode.CONTENT_UNAVAILABLE));
		assertThat(failing.opened.get()).isEqualTo(1 + SETTINGS.retries());
	}

	@Test
	void aStoreThatRecoversWithinTheRetriesServesTheObject() throws IOException {
		byte[] content = "resume".getBytes(StandardCharsets.UTF_8);
		DocumentKey key = put(content);
		CountingStore flaky = new CountingStore(store, 1);

		new StoredContent(flaky, SETTINGS).copy(key.value(), work.resolve("copy"));

		assertThat(work.resolve("copy")).hasBinaryContent(content);
		assertThat(flaky.opened.get()).isEqualTo(2);
	}

	@Test
	void anObjectLargerThanTheCapFailsAsTooLarge() throws IOException {
		DocumentKey key = put(new byte[(int) SETTINGS.maxSize().toBytes() + 1]);

		assertThatThrownBy(() -> new StoredContent(store, SETTINGS).copy(key.value(), work.resolve("copy")))
			.isInstanceOfSatisfying(ExtractionFailure.class,
					failure -> assertThat(failure.code()).isEqualTo(FailureCode.TOO_LARGE));
	}

	@Test
	void aRequestWithoutAKeyOrWithABadOneFailsAsContentUnavailable() {
		for (String key : new String[] { null, "not-a-key", "tenant-a/../../etc/passwd" }) {
			assertThatThrownBy(() -> new StoredContent(store, SETTINGS).copy(key, work.resolve("copy")))
				.isInstanceOfSatisfying(ExtractionFailure.class,
						failure -> assertThat(failure.code()).isEqualTo(FailureCode.CONTENT_UNAVAILABLE));
		}
	}

	private DocumentKey put(byte[] content) throws IOException {
		DocumentKey key = DocumentKey.of(TENANT, content);
		store.put(key, content.length, new ByteArrayInputStream(content));
		return key;
	}

	/** The real store, whose first {@code failures} opens fail as a store down would. */
	private static final class CountingStore extends ForwardingDocumentStore {

		private final int failures;

		final AtomicInteger opened = new AtomicInteger();

		CountingStore(DocumentStore store, int failures) {
			super(store);
			this.failures = failures;
		}

		@Override
		public InputStream open(DocumentKey key) throws IOException {
			if (opened.incrementAndGet() <= failures) {
				throw new IOException("store unavailable");
			}
			return super.open(key);
		}

	}

}

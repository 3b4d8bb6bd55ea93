package dev.careers.worker;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import dev.careers.support.documents.DocumentKey;
import dev.careers.support.documents.DocumentStore;
import dev.careers.support.documents.DocumentStore.StoredObject;

/**
 * A real document store seen through a test's hand on the reads: everything goes to the store,
 * and a test overrides {@link #open} to delay or fail them.
 */
public abstract class ForwardingDocumentStore implements DocumentStore {

	private final DocumentStore store;

	protected ForwardingDocumentStore(DocumentStore store) {
		this.store = store;
	}

	@Override
	public InputStream open(DocumentKey key) throws IOException {
		return store.open(key);
	}

	@Override
	public void put(DocumentKey key, long sizeBytes, InputStream content) throws IOException {
		store.put(key, sizeBytes, content);
	}

	@Override
	public Optional<Instant> lastModified(DocumentKey key) throws IOException {
		return store.lastModified(key);
	}

	@Override
	public void delete(DocumentKey key) throws IOException {
		store.delete(key);
	}

	@Override
	public Stream<StoredObject> objects() throws IOException {
		return store.objects();
	}

	@Override
	public int removePartialWrites(Instant cutoff) throws IOException {
		return store.removePartialWrites(cutoff);
	}

}

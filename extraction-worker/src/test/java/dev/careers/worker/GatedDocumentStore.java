package dev.careers.worker;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import dev.careers.support.documents.DocumentKey;
import dev.careers.support.documents.DocumentStore;

/**
 * The worker's document store with a gate: a read of a held tenant's document waits until the tenant is
 * released, so a test can see how many tasks a worker has in hand at once.
 */
final class GatedDocumentStore implements DocumentStore {

	private final DocumentStore delegate;

	private final Set<String> held = ConcurrentHashMap.newKeySet();

	private final ConcurrentHashMap<String, AtomicInteger> waiting = new ConcurrentHashMap<>();

	GatedDocumentStore(DocumentStore delegate) {
		this.delegate = delegate;
	}

	void hold(String tenant) {
		held.add(tenant);
	}

	void release(String tenant) {
		synchronized (held) {
			held.remove(tenant);
			held.notifyAll();
		}
	}

	/** Reads of {@code tenant}'s documents waiting at the gate now: one per busy consumer thread. */
	int waiting(String tenant) {
		AtomicInteger count = waiting.get(tenant);
		return count == null ? 0 : count.get();
	}

	@Override
	public InputStream open(DocumentKey key) throws IOException {
		String tenant = key.tenant().value();
		if (held.contains(tenant)) {
			AtomicInteger count = waiting.computeIfAbsent(tenant, any -> new AtomicInteger());
			count.incrementAndGet();
			try {
				synchronized (held) {
					while (held.contains(tenant)) {
						held.wait();
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException("stopped at the gate");
			}
			finally {
				count.decrementAndGet();
			}
		}
		return delegate.open(key);
	}

	@Override
	public void put(DocumentKey key, long sizeBytes, InputStream content) throws IOException {
		delegate.put(key, sizeBytes, content);
	}

	@Override
	public Optional<Instant> lastModified(DocumentKey key) throws IOException {
		return delegate.lastModified(key);
	}

	@Override
	public void delete(DocumentKey key) throws IOException {
		delegate.delete(key);
	}

	@Override
	public Stream<StoredObject> objects() throws IOException {
		return delegate.objects();
	}

}

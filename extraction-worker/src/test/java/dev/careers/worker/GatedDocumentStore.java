package dev.careers.worker;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.careers.support.documents.DocumentKey;
import dev.careers.support.documents.DocumentStore;

/**
 * The worker's document store with a gate: a read of a held tenant's document waits until the tenant is
 * released, so a test can see how many tasks a worker has in hand at once.
 */
final class GatedDocumentStore extends ForwardingDocumentStore {

	private final Set<String> held = ConcurrentHashMap.newKeySet();

	private final ConcurrentHashMap<String, AtomicInteger> waiting = new ConcurrentHashMap<>();

	GatedDocumentStore(DocumentStore delegate) {
		super(delegate);
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
		return super.open(key);
	}

}

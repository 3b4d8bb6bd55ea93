package dev.careers.support.documents;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Document bytes outside the database, by {@link DocumentKey}. Content streams in and out: no
 * caller holds a document in memory. A reader sees a whole object or none, never part of one.
 * Failures are {@link IOException}s; a key with no object is a {@link java.nio.file.NoSuchFileException}.
 */
public interface DocumentStore {

	/**
	 * Stores {@code sizeBytes} of {@code content} under {@code key}. Writing a key again replaces
	 * the object (the same bytes, as the key is their hash) and makes it new to the orphan sweep.
	 */
	void put(DocumentKey key, long sizeBytes, InputStream content) throws IOException;

	/** The object's bytes, for the caller to close. */
	InputStream open(DocumentKey key) throws IOException;

	/** When the object was last written, or empty when there is none. */
	Optional<Instant> lastModified(DocumentKey key) throws IOException;

	/** Removes the object; nothing happens when there is none. */
	void delete(DocumentKey key) throws IOException;

	/** Every object with when it was last written, for the orphan sweep; the caller closes the stream. */
	Stream<StoredObject> objects() throws IOException;

	/**
	 * Removes what writes cut off mid-way left behind (the partial file of a process killed while it
	 * wrote), when last written before {@code cutoff}: a write under way is younger. None by default,
	 * for a store whose writes leave nothing until they complete (an S3 PUT).
	 * @return how many were removed
	 */
	default int removePartialWrites(Instant cutoff) throws IOException {
		return 0;
	}

	record StoredObject(DocumentKey key, Instant lastModified) {
	}

}

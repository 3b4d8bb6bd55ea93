package dev.careers.worker.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.stereotype.Component;

import dev.careers.events.FailureCode;
import dev.careers.support.documents.DocumentKey;
import dev.careers.support.documents.DocumentStore;
import dev.careers.worker.ExtractionFailure;

/**
 * Copies a stored document from the document store to a temporary file, never holding it in memory:
 * the worker reads the object itself (a shared directory or an S3-compatible store), with no hop
 * through import-service. A store that fails is tried again with back-off; a key with no object,
 * or none at all, fails the task as CONTENT_UNAVAILABLE.
 */
@Component
class StoredContent {

	private static final Logger log = LoggerFactory.getLogger(StoredContent.class);

	private static final int BUFFER_BYTES = 64 * 1024;

	private final DocumentStore store;

	private final RetryTemplate retries;

	private final long maxBytes;

	StoredContent(DocumentStore store, ContentProperties settings) {
		this.store = store;
		this.retries = new RetryTemplate(RetryPolicy.builder()
			.maxRetries(settings.retries())
			.delay(settings.retryDelay())
			.multiplier(settings.retryMultiplier())
			.maxDelay(settings.maxRetryDelay())
			.includes(TransientFetchFailure.class)
			.build());
		this.maxBytes = settings.maxSize().toBytes();
	}

	/** Copies the object {@code contentKey} names into {@code into}. */
	void copy(String contentKey, Path into) {
		DocumentKey key = keyOf(contentKey);
		try {
			retries.execute(() -> copyOnce(key, into));
		}
		catch (RetryException ex) {
			if (ex.getLastException() instanceof ExtractionFailure failure) {
				throw failure;
			}
			throw new ExtractionFailure(FailureCode.CONTENT_UNAVAILABLE,
					"gave up after " + (ex.getRetryCount() + 1) + " attempts: " + ex.getLastException().getMessage(), ex);
		}
	}

	private static DocumentKey keyOf(String contentKey) {
		if (contentKey == null) {
			throw new ExtractionFailure(FailureCode.CONTENT_UNAVAILABLE, "the request names no stored content");
		}
		try {
			return DocumentKey.parse(contentKey);
		}
		catch (IllegalArgumentException ex) {
			throw new ExtractionFailure(FailureCode.CONTENT_UNAVAILABLE, "the content key is not valid", ex);
		}
	}

	private Path copyOnce(DocumentKey key, Path into) {
		try (InputStream content = store.open(key)) {
			return copyCapped(content, into);
		}
		catch (NoSuchFileException ex) {
			throw new ExtractionFailure(FailureCode.CONTENT_UNAVAILABLE, "no stored object " + key, ex);
		}
		catch (IOException ex) {
			log.warn("Reading stored content failed ({}), will retry if attempts remain", ex.getMessage());
			throw new TransientFetchFailure("document store not readable", ex);
		}
	}

	private Path copyCapped(InputStream content, Path into) throws IOException {
		byte[] buffer = new byte[BUFFER_BYTES];
		long copied = 0;
		try (OutputStream out = Files.newOutputStream(into)) {
			for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
				copied += read;
				if (copied > maxBytes) {
					throw new ExtractionFailure(FailureCode.TOO_LARGE, "object longer than " + maxBytes + " bytes");
				}
				out.write(buffer, 0, read);
			}
		}
		return into;
	}

}

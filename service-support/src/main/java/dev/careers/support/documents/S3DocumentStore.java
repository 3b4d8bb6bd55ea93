package dev.careers.support.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Objects {@code <tenant>/<sha256>} in one bucket of an S3-compatible store. A PUT with its length
 * known streams the content (the SDK reads it in chunks) and is atomic: a reader sees the whole
 * object or none.
 */
public class S3DocumentStore implements DocumentStore {

	private final S3Client s3;

	private final String bucket;

	public S3DocumentStore(S3Client s3, String bucket) {
		this.s3 = s3;
		this.bucket = bucket;
	}

	/** For local and compose stores, which start empty; in production the bucket is provisioned. */
	public void createBucketIfMissing() {
		try {
			s3.headBucket(request -> request.bucket(bucket));
		}
		catch (NoSuchBucketException ex) {
			s3.createBucket(request -> request.bucket(bucket));
		}
	}

	@Override
	public void put(DocumentKey key, long sizeBytes, InputStream content) throws IOException {
		try {
			s3.putObject(request -> request.bucket(bucket).key(key.value()).contentLength(sizeBytes),
					RequestBody.fromInputStream(content, sizeBytes));
		}
		// the SDK reports content shorter than announced as an IllegalStateException
		catch (SdkException | IllegalStateException ex) {
			throw new IOException("Storing " + key + " failed: " + ex.getMessage(), ex);
		}
	}

	@Override
	public InputStream open(DocumentKey key) throws IOException {
		try {
			return s3.getObject(request -> request.bucket(bucket).key(key.value()));
		}
		catch (NoSuchKeyException ex) {
			throw new NoSuchFileException(key.value());
		}
		catch (SdkException ex) {
			throw new IOException("Reading " + key + " failed: " + ex.getMessage(), ex);
		}
	}

	@Override
	public Optional<Instant> lastModified(DocumentKey key) throws IOException {
		try {
			return Optional.of(s3.headObject(request -> request.bucket(bucket).key(key.value())).lastModified());
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
		catch (SdkException ex) {
			throw new IOException("Reading " + key + " failed: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void delete(DocumentKey key) throws IOException {
		try {
			s3.deleteObject(request -> request.bucket(bucket).key(key.value()));
		}
		catch (SdkException ex) {
			throw new IOException("Deleting " + key + " failed: " + ex.getMessage(), ex);
		}
	}

	@Override
	public Stream<StoredObject> objects() throws IOException {
		try {
			return s3.listObjectsV2Paginator(request -> request.bucket(bucket))
				.contents()
				.stream()
				.flatMap(object -> storedObject(object).stream());
		}
		catch (SdkException ex) {
			throw new IOException("Listing " + bucket + " failed: " + ex.getMessage(), ex);
		}
	}

	/** The object under its key, or nothing for an object whose name is no key (not ours). */
	private static Optional<StoredObject> storedObject(S3Object object) {
		try {
			DocumentKey key = DocumentKey.parse(object.key());
			return Optional.of(new StoredObject(key, object.lastModified()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}

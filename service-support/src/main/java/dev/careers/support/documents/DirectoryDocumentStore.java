package dev.careers.support.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import dev.careers.support.tenancy.TenantId;

/**
 * Objects as files {@code <root>/<tenant>/<sha256>} on a disk the processes of one machine share.
 * Each is written to {@code <root>/.incoming} and flushed, then moved into place in one atomic
 * rename, so a reader (another process too) sees the whole file or none.
 */
public class DirectoryDocumentStore implements DocumentStore {

	private static final String INCOMING = ".incoming";

	private final Path root;

	private final Path incoming;

	public DirectoryDocumentStore(Path root) throws IOException {
		this.root = root.toAbsolutePath();
		this.incoming = Files.createDirectories(this.root.resolve(INCOMING));
	}

	@Override
	public void put(DocumentKey key, long sizeBytes, InputStream content) throws IOException {
		Path target = path(key);
		Files.createDirectories(target.getParent());
		Path partial = Files.createTempFile(incoming, key.sha256(), ".part");
		try {
			try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE);
					OutputStream out = Channels.newOutputStream(channel)) {
				long copied = content.transferTo(out);
				if (copied != sizeBytes) {
					throw new IOException("Expected " + sizeBytes + " bytes for " + key + ", read " + copied);
				}
				// on disk before the row that names it commits: a crash of the machine keeps it too
				channel.force(true);
			}
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	@Override
	public InputStream open(DocumentKey key) throws IOException {
		return Files.newInputStream(path(key));
	}

	@Override
	public Optional<Instant> lastModified(DocumentKey key) throws IOException {
		try {
			return Optional.of(Files.getLastModifiedTime(path(key)).toInstant());
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
	}

	@Override
	public void delete(DocumentKey key) throws IOException {
		Files.deleteIfExists(path(key));
	}

	@Override
	public Stream<StoredObject> objects() throws IOException {
		Stream<Path> tenants = Files.list(root).filter(Files::isDirectory).filter(dir -> !dir.equals(incoming));
		return tenants.flatMap(DirectoryDocumentStore::filesOf).flatMap(file -> storedObject(file).stream());
	}

	/** A put cut off by a crash leaves its file in {@code .incoming}: its {@code finally} never ran. */
	@Override
	public int removePartialWrites(Instant cutoff) throws IOException {
		int removed = 0;
		try (Stream<Path> partials = Files.list(incoming)) {
			for (Path partial : partials.toList()) {
				if (writtenBefore(partial, cutoff) && Files.deleteIfExists(partial)) {
					removed++;
				}
			}
		}
		return removed;
	}

	private static boolean writtenBefore(Path file, Instant cutoff) throws IOException {
		try {
			return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
		}
		catch (NoSuchFileException ex) {
			// its write completed (moved into place) or failed (deleted) since the listing
			return false;
		}
	}

	private Path path(DocumentKey key) {
		return root.resolve(key.tenant().value()).resolve(key.sha256());
	}

	private static Stream<Path> filesOf(Path tenantDirectory) {
		try {
			return Files.list(tenantDirectory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The file as an object, or nothing when its name is no key (a stray file) or it just went. */
	private static Optional<StoredObject> storedObject(Path file) {
		DocumentKey key;
		try {
			key = new DocumentKey(new TenantId(file.getParent().getFileName().toString()),
					file.getFileName().toString());
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		try {
			return Optional.of(new StoredObject(key, Files.getLastModifiedTime(file).toInstant()));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package dev.careers.importcli;

import java.nio.file.Path;

/**
 * A file of the folder to import.
 *
 * @param path where it is
 * @param name its path relative to the folder, with {@code /}: what the upload sends as its file name
 * @param size its size in bytes
 * @param sha256 its content hash, lower-case hex: what import-service deduplicates on
 */
record LocalFile(Path path, String name, long size, String sha256) {
}

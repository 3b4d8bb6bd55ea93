package dev.careers.importer.uploads;

/** Takes one file of a streamed upload; the spooled content is deleted once it returns. */
@FunctionalInterface
public interface UploadHandler {

	void handle(Upload upload);

}

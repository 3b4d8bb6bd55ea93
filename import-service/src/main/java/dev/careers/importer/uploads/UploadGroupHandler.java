package dev.careers.importer.uploads;

import java.util.List;

/** Takes a group of files of a streamed upload, in order; their spooled content is deleted once it returns. */
@FunctionalInterface
public interface UploadGroupHandler {

	void handle(List<Upload> uploads);

}

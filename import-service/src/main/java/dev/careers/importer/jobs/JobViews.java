package dev.careers.importer.jobs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.careers.importer.tasks.ExtractionStatus;
import dev.careers.importer.tasks.TaskStatus;

/** What the Uploaded Jobs API answers. */
final class JobViews {

	private JobViews() {
	}

	record Page(List<Summary> items, long total) {
	}

	/** @param location the locations joined for a table cell */
	record Summary(UUID id, String title, String company, String location, String sourceUrl, String sourceFileName,
			TaskStatus extractionStatus, Instant createdAt, Instant updatedAt) {
	}

	/**
	 * @param sourceUrl the posting URL the job was imported from, or null for a JD PDF
	 * @param pageUrl where the worker found the posting, after redirects
	 * @param sourceFileName the JD PDF's file name, or null for a posting URL
	 * @param document the JD PDF the job was imported from, or null for a posting URL
	 * @param editedFields fields the user edited, which extraction no longer changes
	 */
	record Detail(UUID id, String title, String company, String location, List<String> locations,
			String employmentType, Boolean remote, String salary, String datePosted, String validThrough,
			String description, String sourceUrl, String pageUrl, String parsedBy, String sourceFileName,
			Document document, List<RequiredSkills.Skill> skills, List<String> editedFields, UUID importId,
			ExtractionStatus extraction, Instant createdAt, Instant updatedAt) {
	}

	/** @param contentPath where the PDF downloads, within this API */
	record Document(UUID documentId, String fileName, long sizeBytes, String sha256, String contentPath) {
	}

	record StartedTask(UUID jobId, UUID taskId, long taskNumber, int attempt) {
	}

}

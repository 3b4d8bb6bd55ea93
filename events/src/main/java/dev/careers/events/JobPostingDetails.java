package dev.careers.events;

import java.util.List;

/**
 * Fields of a job posting parsed from a page or a JD PDF.
 *
 * @param parsedBy which path produced it: json-ld, microdata, greenhouse, lever, ..., heuristic, pdf
 */
public record JobPostingDetails(String title, String company, List<String> locations, String employmentType,
		Boolean remote, String salary, String datePosted, String validThrough, String description,
		String sourceUrl, String parsedBy) {
}

package dev.careers.events;

import java.util.List;

/**
 * What extraction found in one document or posting.
 *
 * @param contact parsed contact details of a resume, or null for a job
 * @param posting parsed posting fields of a job, or null for a resume
 * @param ocrConfidence mean OCR confidence 0..100 when {@code ocrUsed}, else null
 */
public record ExtractionResult(String taxonomyVersion, List<SkillMatch> skills, ContactDetails contact,
		JobPostingDetails posting, int pages, int textLength, boolean ocrUsed, Double ocrConfidence,
		long durationMillis) {
}

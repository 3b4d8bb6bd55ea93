package dev.careers.worker.pdf;

/**
 * The text of one PDF, normalised for matching.
 *
 * @param pages pages read
 * @param ocrUsed the text came from OCR of page images rather than a text layer
 * @param ocrConfidence mean OCR word confidence 0..100 when {@code ocrUsed}, else null
 */
public record PdfText(String text, int pages, boolean ocrUsed, Double ocrConfidence) {
}

package dev.careers.worker.pdf;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Bounds on reading one untrusted PDF, so that a hostile file fails its own task and nothing else.
 *
 * @param maxPages more pages than this fail as TOO_MANY_PAGES
 * @param timeout the whole read of one document (parse, text, OCR) must end within this
 * @param memoryCap main memory PDFBox may buffer streams in before it spills to a scratch file
 * @param scratchCap scratch file size past which the document fails as TOO_LARGE (decompression bombs)
 * @param maxPageContent a page whose content streams decode to more than this fails as TOO_LARGE
 * @param maxImagePixels a page image larger than this fails as TOO_LARGE rather than being decoded
 * @param minTextCharacters fewer letters and digits than this means there is no usable text layer
 * @param minDpi page images coarser than this fail as LOW_RESOLUTION
 * @param sortOutOfOrderPages sort by position the pages whose text comes out of reading order (scrambled generators)
 */
@Validated
@ConfigurationProperties(PdfProperties.PREFIX)
public record PdfProperties(@DefaultValue("200") @Min(1) int maxPages, @DefaultValue("60s") @NotNull Duration timeout,
		@DefaultValue("32MB") @NotNull DataSize memoryCap, @DefaultValue("256MB") @NotNull DataSize scratchCap,
		@DefaultValue("16MB") @NotNull DataSize maxPageContent, @DefaultValue("50000000") @Min(1) long maxImagePixels,
		@DefaultValue("40") @Min(1) int minTextCharacters, @DefaultValue("120") @Min(1) int minDpi,
		@DefaultValue("true") boolean sortOutOfOrderPages,
		@DefaultValue @Valid Ocr ocr) {

	static final String PREFIX = "careers.worker.pdf";

	/**
	 * OCR of image-only pages with the Tesseract command line, when it is installed.
	 *
	 * @param command the tesseract executable
	 * @param dpi resolution pages are rendered at for OCR
	 * @param maxPages only this many pages are OCRed: a resume or job description is short
	 * @param minConfidence mean word confidence (0..100) below which the OCR text is not trusted
	 */
	public record Ocr(@DefaultValue("true") boolean enabled, @DefaultValue("tesseract") @NotBlank String command,
			@DefaultValue("300") @Min(72) int dpi, @DefaultValue("10") @Min(1) int maxPages,
			@DefaultValue("60") @DecimalMin("0") @DecimalMax("100") double minConfidence) {
	}

	/**
	 * The settings as Spring would bind them from {@code careers.worker.pdf.*} {@code properties}
	 * (relaxed names, defaults for the rest): for code that runs without a context, such as tests
	 * and the benchmark.
	 */
	public static PdfProperties bind(Map<String, String> properties) {
		Map<String, String> prefixed = new HashMap<>();
		properties.forEach((name, value) -> prefixed.put(PREFIX + "." + name, value));
		return new Binder(new MapConfigurationPropertySource(prefixed)).bindOrCreate(PREFIX, PdfProperties.class);
	}

}

package dev.careers.worker.word;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Bounds on reading one untrusted Word document (a ZIP of XML parts), so that a hostile file fails
 * its own task as TOO_LARGE instead of filling the heap.
 *
 * @param maxPartSize a part (document.xml, a header) that inflates to more than this fails as TOO_LARGE
 * @param minInflateRatio a part that inflates more than 1/this times its stored size fails as TOO_LARGE (a zip bomb)
 * @param maxTextCharacters text longer than this fails as TOO_LARGE
 * @param minTextCharacters fewer letters and digits than this means the document holds no usable text
 */
@Validated
@ConfigurationProperties("careers.worker.word")
public record WordProperties(@DefaultValue("64MB") @NotNull DataSize maxPartSize,
		@DefaultValue("0.01") @DecimalMin("0.0001") @DecimalMax("1") double minInflateRatio,
		@DefaultValue("2000000") @Min(1) long maxTextCharacters, @DefaultValue("40") @Min(1) int minTextCharacters) {

	/** The defaults, for code that runs without a context (tests). */
	public static WordProperties defaults() {
		return new WordProperties(DataSize.ofMegabytes(64), 0.01, 2_000_000, 40);
	}

}

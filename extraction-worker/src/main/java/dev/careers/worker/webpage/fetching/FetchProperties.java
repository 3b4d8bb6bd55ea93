package dev.careers.worker.webpage.fetching;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How the worker fetches untrusted job posting pages ({@code careers.fetch.*}).
 *
 * @param allowedHosts host names or addresses reached even when they resolve to a non-public
 * address (tests, intranet job boards); {@code *.example.org} matches every subdomain. Empty by
 * default: only public addresses are fetched.
 * @param connectTimeout cap on establishing one connection
 * @param readTimeout cap on waiting for the next bytes of a response
 * @param totalTimeout cap on the whole fetch, redirects included
 * @param maxBodySize the largest page read; a longer one fails as too large
 * @param maxRedirects how many redirects are followed before giving up
 * @param userAgent what the fetcher says it is
 */
@Validated
@ConfigurationProperties("careers.fetch")
public record FetchProperties(@NotNull List<@NotBlank String> allowedHosts,
		@DurationMin(millis = 1) Duration connectTimeout, @DurationMin(millis = 1) Duration readTimeout,
		@DurationMin(millis = 1) Duration totalTimeout, @NotNull DataSize maxBodySize,
		@DefaultValue("5") @Min(0) @Max(20) int maxRedirects, @NotBlank String userAgent) {

	public static final int DEFAULT_MAX_REDIRECTS = 5;

	public FetchProperties {
		allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
		connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
		readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
		totalTimeout = totalTimeout == null ? Duration.ofSeconds(30) : totalTimeout;
		maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(5) : maxBodySize;
		userAgent = userAgent == null ? "CareersBulkImport/1.0 (job posting import)" : userAgent;
	}

	/** The defaults, with the given hosts allowed. */
	public static FetchProperties allowing(List<String> allowedHosts) {
		return new FetchProperties(allowedHosts, null, null, null, null, DEFAULT_MAX_REDIRECTS, null);
	}

	@AssertTrue(message = "max-body-size must be positive")
	boolean isMaxBodySizePositive() {
		return maxBodySize.toBytes() > 0;
	}

}

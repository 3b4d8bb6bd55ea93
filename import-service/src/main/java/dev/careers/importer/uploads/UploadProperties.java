package dev.careers.importer.uploads;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Caps that protect the service from one upload or one tenant.
 *
 * @param maxFileSize a larger file is a per-file TOO_LARGE error, the rest of the batch goes on
 * @param maxRequestSize a larger request is refused whole with 413
 * @param filesPerMinute files a tenant may upload per minute, on average
 * @param concurrentRequestsPerTenant upload requests of one tenant in progress at once
 */
@Validated
@ConfigurationProperties("careers.uploads")
record UploadProperties(DataSize maxFileSize, DataSize maxRequestSize, @Min(1) Integer filesPerMinute,
		@Min(1) Integer concurrentRequestsPerTenant) {

	UploadProperties {
		maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
		maxRequestSize = maxRequestSize == null ? DataSize.ofGigabytes(1) : maxRequestSize;
		filesPerMinute = filesPerMinute == null ? 3000 : filesPerMinute;
		concurrentRequestsPerTenant = concurrentRequestsPerTenant == null ? 4 : concurrentRequestsPerTenant;
	}

}

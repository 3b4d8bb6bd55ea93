package dev.careers.worker.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import dev.careers.events.FailureCode;
import dev.careers.worker.ExtractionFailure;

/**
 * Streams a stored document to a temporary file, never holding it in memory. The request carries
 * the tenant in {@value #TENANT_HEADER}, as the internal endpoint requires.
 */
@Component
class ContentFetcher {

	static final String TENANT_HEADER = "X-Tenant-Id";

	private static final Logger log = LoggerFactory.getLogger(ContentFetcher.class);

	private static final int BUFFER_BYTES = 64 * 1024;

	private final RestClient http;

	private final RetryTemplate retries;

	private final long maxBytes;

	ContentFetcher(ContentProperties settings) {
		// the JDK's URLConnection: its read timeout bounds every read of the body, not only the headers
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(settings.connectTimeout());
		requests.setReadTimeout(settings.readTimeout());
		this.http = RestClient.builder().requestFactory(requests).build();
		this.retries = new RetryTemplate(RetryPolicy.builder()
			.maxRetries(settings.retries())
			.delay(settings.retryDelay())
			.multiplier(settings.retryMultiplier())
			.maxDelay(settings.maxRetryDelay())
			.includes(TransientFetchFailure.class)
			.build());
		this.maxBytes = settings.maxSize().toBytes();
	}

	/** The body at {@code url}, in a new temporary file the caller deletes. */
	Path fetch(String url, String tenantId, Path into) {
		try {
			return retries.execute(() -> fetchOnce(url, tenantId, into));
		}
		catch (RetryException ex) {
			if (ex.getLastException() instanceof ExtractionFailure failure) {
				throw failure;
			}
			throw new ExtractionFailure(FailureCode.CONTENT_UNAVAILABLE,
					"gave up after " + (ex.getRetryCount() + 1) + " attempts: " + ex.getLastException().getMessage(), ex);
		}
	}

	private Path fetchOnce(String url, String tenantId, Path into) {
		try {
			return http.get()
				.uri(URI.create(url))
				.header(TENANT_HEADER, tenantId)
				.exchange((request, response) -> {
					HttpStatusCode status = response.getStatusCode();
					if (status.is5xxServerError() || status.value() == 429) {
						throw new TransientFetchFailure("content endpoint answered " + status.value(), null);
					}
					if (!status.is2xxSuccessful()) {
						throw new ExtractionFailure(FailureCode.CONTENT_UNAVAILABLE,
								"content endpoint answered " + status.value());
					}
					if (response.getHeaders().getContentLength() > maxBytes) {
						throw new ExtractionFailure(FailureCode.TOO_LARGE,
								response.getHeaders().getContentLength() + " bytes announced");
					}
					return copyCapped(response.getBody(), into);
				}, false);
		}
		catch (ResourceAccessException ex) {
			log.warn("Fetching content failed ({}), will retry if attempts remain", ex.getMessage());
			throw new TransientFetchFailure("content endpoint not reachable", ex);
		}
		catch (IllegalArgumentException ex) {
			throw new ExtractionFailure(FailureCode.CONTENT_UNAVAILABLE, "content URL is not valid", ex);
		}
	}

	private Path copyCapped(InputStream body, Path into) throws IOException {
		byte[] buffer = new byte[BUFFER_BYTES];
		long copied = 0;
		try (OutputStream out = Files.newOutputStream(into)) {
			for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
				copied += read;
				if (copied > maxBytes) {
					throw new ExtractionFailure(FailureCode.TOO_LARGE, "body longer than " + maxBytes + " bytes");
				}
				out.write(buffer, 0, read);
			}
		}
		return into;
	}

}

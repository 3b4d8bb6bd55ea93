package dev.careers.support.documents;

import java.net.URI;
import java.nio.file.Path;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which {@link DocumentStore} a service uses ({@code careers.documents.store}); a service that sets
 * none has none.
 *
 * @param directory where {@link Kind#DIRECTORY} keeps its objects, shared by the processes of one machine
 */
@Validated
@ConfigurationProperties("careers.documents")
public record DocumentStoreProperties(@DefaultValue("directory") @NotNull Kind store,
		@DefaultValue("data/documents") @NotNull Path directory, @DefaultValue @Valid S3 s3) {

	public enum Kind {

		/** Files under {@code directory}. */
		DIRECTORY,

		/** An S3-compatible object store. */
		S3

	}

	/**
	 * An S3-compatible store (AWS S3, MinIO, Ceph), addressed path-style.
	 *
	 * @param endpoint the store's address, or none for AWS S3 itself
	 * @param accessKey with {@code secretKey}; when blank the SDK's default credentials apply (AWS
	 * environment, profile, instance or pod role)
	 * @param createBucket create the bucket at start when it is missing (local and compose stores)
	 */
	public record S3(URI endpoint, @DefaultValue("careers-documents") @NotBlank String bucket,
			@DefaultValue("us-east-1") @NotBlank String region, String accessKey, String secretKey,
			@DefaultValue("false") boolean createBucket) {
	}

}

package dev.careers.support.documents;

import java.net.URI;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.containers.MinIOContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import software.amazon.awssdk.services.s3.S3Client;

/** The S3 store against MinIO, as compose runs it; skipped where there is no Docker. */
@Testcontainers(disabledWithoutDocker = true)
class S3DocumentStoreMinioIT extends DocumentStoreContract {

	@Container
	static final MinIOContainer MINIO = new MinIOContainer("minio/minio:RELEASE.2025-04-22T22-12-26Z");

	private static S3Client s3;

	private static S3DocumentStore store;

	@BeforeAll
	static void connect() {
		s3 = S3Clients.of(new DocumentStoreProperties.S3(URI.create(MINIO.getS3URL()), "careers-documents",
				"us-east-1", MINIO.getUserName(), MINIO.getPassword(), true));
		store = new S3DocumentStore(s3, "careers-documents");
		store.createBucketIfMissing();
	}

	@AfterAll
	static void disconnect() {
		if (s3 != null) {
			s3.close();
		}
	}

	@Override
	DocumentStore store() {
		return store;
	}

}

package dev.careers.support.documents;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.services.s3.S3Client;

/** The S3 store against S3Proxy, a real S3-compatible server run as a child process. */
class S3DocumentStoreIT extends DocumentStoreContract {

	@TempDir
	static Path directory;

	private static S3ProxyProcess proxy;

	private static S3Client s3;

	private static S3DocumentStore store;

	@BeforeAll
	static void startS3Proxy() throws Exception {
		proxy = S3ProxyProcess.start(directory);
		s3 = S3Clients.of(new DocumentStoreProperties.S3(proxy.endpoint(), "careers-documents", "us-east-1",
				S3ProxyProcess.ACCESS_KEY, S3ProxyProcess.SECRET_KEY, true));
		store = new S3DocumentStore(s3, "careers-documents");
		store.createBucketIfMissing();
		store.createBucketIfMissing();
	}

	@AfterAll
	static void stopS3Proxy() {
		if (s3 != null) {
			s3.close();
		}
		if (proxy != null) {
			proxy.close();
		}
	}

	@Override
	DocumentStore store() {
		return store;
	}

}

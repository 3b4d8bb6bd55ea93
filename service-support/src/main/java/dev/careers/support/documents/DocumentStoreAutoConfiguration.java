package dev.careers.support.documents;

import java.io.IOException;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * The {@link DocumentStore} that {@code careers.documents.store} names, for the services that set it
 * (import-service writes, extraction-worker reads).
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "careers.documents", name = "store")
@EnableConfigurationProperties(DocumentStoreProperties.class)
public class DocumentStoreAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnProperty(prefix = "careers.documents", name = "store", havingValue = "directory")
	DocumentStore directoryDocumentStore(DocumentStoreProperties properties) throws IOException {
		return new DirectoryDocumentStore(properties.directory());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(S3Client.class)
	@ConditionalOnProperty(prefix = "careers.documents", name = "store", havingValue = "s3")
	static class S3StoreConfiguration {

		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean
		S3Client documentsS3Client(DocumentStoreProperties properties) {
			return S3Clients.of(properties.s3());
		}

		@Bean
		@ConditionalOnMissingBean
		DocumentStore s3DocumentStore(S3Client documentsS3Client, DocumentStoreProperties properties) {
			S3DocumentStore store = new S3DocumentStore(documentsS3Client, properties.s3().bucket());
			if (properties.s3().createBucket()) {
				store.createBucketIfMissing();
			}
			return store;
		}

	}

}
